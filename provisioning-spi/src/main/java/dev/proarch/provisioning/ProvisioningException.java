package dev.proarch.provisioning;

/**
 * The one checked exception of the SPI: every failure of a provider, whatever its cause, names the
 * provider, so that a host running several providers knows which one failed.
 */
public final class ProvisioningException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ProviderId providerId;

  public ProvisioningException(ProviderId providerId, String message) {
    super("provider " + providerId + ": " + message);
    this.providerId = providerId;
  }

  public ProvisioningException(ProviderId providerId, String message, Throwable cause) {
    super("provider " + providerId + ": " + message, cause);
    this.providerId = providerId;
  }

  public ProviderId providerId() {
    return providerId;
  }
}
