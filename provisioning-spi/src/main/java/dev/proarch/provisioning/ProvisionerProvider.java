package dev.proarch.provisioning;

import java.util.Set;

/**
 * The service interface a host implements to plug in its own provisioner. List the implementing class in
 * {@code META-INF/services/dev.proarch.provisioning.ProvisionerProvider}; it needs a public no-argument
 * constructor. {@link ProviderRegistry} finds it, checks its descriptor and {@link #spiVersion()}, and
 * refuses two providers with one id.
 */
public interface ProvisionerProvider {
  /**
   * The SPI version of this ProArch. A provider built against another version is refused at load, with a
   * message naming it, instead of failing later with a missing method.
   */
  int SPI_VERSION = 1;

  ProviderId id();

  /** One line for people, without a trailing period, such as {@code In-memory simulator}. */
  String displayName();

  Set<ProviderCapability> capabilities();

  /** The SPI version the provider was written for; leave the default unless you know better. */
  default int spiVersion() {
    return SPI_VERSION;
  }

  /** Builds a provisioner with the host's settings; fails when the settings are unusable. */
  Provisioner create(ProviderConfig config) throws ProvisioningException;
}
