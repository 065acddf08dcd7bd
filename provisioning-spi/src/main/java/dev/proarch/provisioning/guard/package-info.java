/**
 * The guard in front of every provider: {@link dev.proarch.provisioning.guard.ProvisioningService} checks
 * each request against the Pro architecture, runs scale plans step by step and reports every outcome as an
 * {@link dev.proarch.provisioning.guard.OperationReport}.
 */
@ProArchStyle
package dev.proarch.provisioning.guard;

import dev.proarch.core.ProArchStyle;
