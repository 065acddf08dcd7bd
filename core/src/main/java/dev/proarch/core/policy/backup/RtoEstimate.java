package dev.proarch.core.policy.backup;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long restoring a backup takes, estimated from the storage size: the recovery time objective "depends
 * on the size of the storage" (seed), and the published guide is about 1 hour for 60 GB, 2.5 hours for 150 GB
 * and 5 hours for 200 GB or more (platform-rules.md 1.6).
 *
 * <p>Up to 150 GB the two published points lie on one line through zero, 1 minute per GB; from 150 to 200 GB
 * the estimate rises linearly to 5 hours (3 minutes per GB); above 200 GB it keeps rising at that steepest
 * published rate, because an RTO that under-promises is the safe error (docs/decisions.md D-BAK-10).
 */
@Value.Immutable
public abstract class RtoEstimate {
  private static final long FIRST_POINT_GB = 60;
  private static final long MIDDLE_POINT_GB = 150;
  private static final long LAST_POINT_GB = 200;
  private static final long MINUTES_PER_GB_UP_TO_150 = 1;
  private static final long MINUTES_PER_GB_FROM_150 = 3;

  @Value.Parameter
  public abstract long storageGb();

  @Value.Parameter
  public abstract Duration duration();

  @Value.Parameter
  public abstract RtoBasis basis();

  /** The estimate for a storage size in GB; a negative size is a programming error. */
  public static RtoEstimate forStorage(long storageGb) {
    if (storageGb < 0) {
      throw new IllegalArgumentException("storage size must not be negative: " + storageGb + " GB");
    }
    return ImmutableRtoEstimate.of(storageGb, Duration.ofMinutes(minutes(storageGb)), basis(storageGb));
  }

  private static long minutes(long gb) {
    if (gb <= MIDDLE_POINT_GB) {
      return gb * MINUTES_PER_GB_UP_TO_150;
    }
    long beyond = Math.min(gb - MIDDLE_POINT_GB, Long.MAX_VALUE / 60 / MINUTES_PER_GB_FROM_150 - MIDDLE_POINT_GB);
    return MIDDLE_POINT_GB * MINUTES_PER_GB_UP_TO_150 + beyond * MINUTES_PER_GB_FROM_150;
  }

  private static RtoBasis basis(long gb) {
    if (gb == FIRST_POINT_GB || gb == MIDDLE_POINT_GB || gb == LAST_POINT_GB) {
      return RtoBasis.DOCUMENTED;
    }
    return gb > FIRST_POINT_GB && gb < LAST_POINT_GB ? RtoBasis.INTERPOLATED : RtoBasis.EXTRAPOLATED;
  }
}
