package dev.proarch.provisioning;

import java.util.Locale;

/** How a backup came to be. */
public enum BackupKind {
  /** A disaster-recovery snapshot the platform takes on its own schedule, thinned by retention. */
  AUTOMATIC,
  /** A snapshot a user or a cron job asks for. */
  MANUAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
