package dev.proarch.core.policy.backup;

import java.util.Locale;

/** Who carries out a restore. */
public enum RestoreChannel {
  /** An Adobe Commerce Support ticket giving the backup's date, time and time zone. */
  SUPPORT_REQUEST,
  /** The project's own users, through the Cloud Console or the magento-cloud CLI. */
  SELF_SERVICE;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
