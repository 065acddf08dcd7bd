/**
 * Adobe Commerce versions ({@link dev.proarch.core.version.CommerceVersion}), Composer version
 * constraints and the service-version compatibility matrix.
 */
@ProArchStyle
package dev.proarch.core.version;

import dev.proarch.core.ProArchStyle;
