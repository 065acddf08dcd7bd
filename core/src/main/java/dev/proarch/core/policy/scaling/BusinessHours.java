package dev.proarch.core.policy.scaling;

import java.time.Duration;
import java.time.Instant;

/**
 * Business hours as ProArch counts notice periods: every hour of Monday to Friday, in UTC, and no hour of
 * Saturday or Sunday; public holidays are not known and not counted out (docs/decisions.md D-SCL-4). Whole
 * seconds are counted.
 */
public final class BusinessHours {
  private static final long DAY = 86_400;
  private static final long WEEK = 7 * DAY;
  private static final long WORK_WEEK = 5 * DAY;
  /** Monday 1969-12-29T00:00Z, the Monday before the epoch, in epoch seconds. */
  private static final long MONDAY_BEFORE_EPOCH = -3 * DAY;

  private BusinessHours() {}

  /** The business time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
  public static Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds(sinceMonday(to.getEpochSecond()) - sinceMonday(from.getEpochSecond()));
  }

  /** Business seconds from Monday 1969-12-29 to an epoch second; Monday to Friday are a week's first days. */
  private static long sinceMonday(long epochSecond) {
    long offset = epochSecond - MONDAY_BEFORE_EPOCH;
    long weeks = Math.floorDiv(offset, WEEK);
    long intoWeek = offset - weeks * WEEK;
    return weeks * WORK_WEEK + Math.min(intoWeek, WORK_WEEK);
  }
}
