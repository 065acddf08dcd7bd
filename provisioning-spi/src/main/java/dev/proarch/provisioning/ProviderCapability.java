package dev.proarch.provisioning;

import java.util.Locale;

/**
 * What a provider can do. The guard refuses an operation whose capability the provider does not declare
 * (PRO-PRV-008), so a provider never sees a request it cannot serve.
 */
public enum ProviderCapability {
  PROVISION,
  /** Applies rolling scale steps, one node at a time. */
  SCALE,
  /** Creates backups or snapshots. */
  BACKUP,
  RESTORE,
  DEACTIVATE,
  DELETE;

  /** The lower-case name used in command output: {@code provision}, {@code scale}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
