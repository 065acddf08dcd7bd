package dev.proarch.core.policy.backup;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * One row of a retention schedule in the manner of restic's {@code --keep-within-<period>}: among the
 * backups younger than {@code window}, the newest of each period is kept. Age is measured from now, in UTC
 * (docs/decisions.md D-BAK-1).
 */
final class RetentionRule {
  private final RetentionPeriod period;
  private final Period window;
  private final String description;

  RetentionRule(RetentionPeriod period, Period window, String description) {
    this.period = period;
    this.window = window;
    this.description = description;
  }

  RetentionPeriod period() {
    return period;
  }

  Period window() {
    return window;
  }

  /** For reasons: {@code hourly within 3 days}. */
  String description() {
    return description;
  }

  /**
   * The oldest instant still inside the window is strictly after this cutoff. Calendar months are
   * subtracted in UTC; instants beyond the calendar's range fall back to 31-day months.
   */
  Instant cutoff(Instant now) {
    try {
      return now.atZone(ZoneOffset.UTC).minus(window).toInstant();
    } catch (DateTimeException | ArithmeticException outOfCalendar) {
      try {
        return now.minus(Duration.ofDays(window.toTotalMonths() * 31 + window.getDays()));
      } catch (DateTimeException | ArithmeticException outOfRange) {
        return Instant.MIN;
      }
    }
  }
}
