package dev.proarch.core.policy.backup;

import java.util.Locale;

/** How far an RTO estimate rests on the published restore-time figures. */
public enum RtoBasis {
  /** One of the published sizes: 60, 150 or 200 GB. */
  DOCUMENTED,
  /** Between two published sizes. */
  INTERPOLATED,
  /** Below 60 GB or above 200 GB: no figure is published there. */
  EXTRAPOLATED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
