package dev.proarch.core.policy.backup;

import java.util.Locale;

/** The two kinds of recovery point on a Pro project. */
public enum RecoveryPointKind {
  /** A disaster-recovery snapshot Adobe takes on its own (staging and production). */
  AUTOMATIC_BACKUP,
  /** A snapshot a user or cron creates with {@code magento-cloud snapshot:create} (integration). */
  MANUAL_SNAPSHOT;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
