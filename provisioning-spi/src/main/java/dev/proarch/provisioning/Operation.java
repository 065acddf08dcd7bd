package dev.proarch.provisioning;

import java.util.Locale;

/** The operations the guard runs; each needs the provider capability of the same name. */
public enum Operation {
  PROVISION(ProviderCapability.PROVISION),
  SCALE(ProviderCapability.SCALE),
  BACKUP(ProviderCapability.BACKUP),
  RESTORE(ProviderCapability.RESTORE),
  DEACTIVATE(ProviderCapability.DEACTIVATE),
  DELETE(ProviderCapability.DELETE);

  private final ProviderCapability capability;

  Operation(ProviderCapability capability) {
    this.capability = capability;
  }

  public ProviderCapability capability() {
    return capability;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
