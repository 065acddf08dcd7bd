package dev.proarch.provisioning;

/**
 * Discovery went wrong before any provider could be asked: none on the class path, two with one id, a
 * class that cannot be loaded or built, or a provider written for another SPI version. The message names
 * the id or class at fault. A provider's own failures are {@link ProvisioningException}s instead.
 */
public final class ProviderLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProviderLoadException(String message) {
    super(message);
  }

  public ProviderLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
