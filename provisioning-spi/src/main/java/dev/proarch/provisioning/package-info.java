/**
 * The provisioning SPI and its guard. Hosts plug in a {@link dev.proarch.provisioning.ProvisionerProvider}
 * (found with {@link java.util.ServiceLoader} through {@link dev.proarch.provisioning.ProviderRegistry});
 * every request reaches a provider only through the {@code dev.proarch.provisioning.guard.ProvisioningService},
 * which checks it against the Pro architecture first. Depends on core only.
 */
@ProArchStyle
package dev.proarch.provisioning;

import dev.proarch.core.ProArchStyle;
