/** How the provisioning guard works inside: policy checks, rolling plans and timed provider calls. */
@ProArchStyle
package dev.proarch.provisioning.internal;

import dev.proarch.core.ProArchStyle;
