package dev.proarch.core.policy.backup;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/**
 * The calendar periods a retention rule keeps the newest backup of, in UTC. Periods are found by plain
 * arithmetic on the epoch second, so that a million backups are bucketed without allocating a date per backup.
 * Weeks are ISO weeks (Monday to Sunday); a fortnight is two ISO weeks counted from Monday 1969-12-29, so
 * that a fortnight never moves as time passes (docs/decisions.md D-BAK-4).
 */
enum RetentionPeriod {
  HOUR("hour"),
  DAY("day"),
  WEEK("week"),
  FORTNIGHT("fortnight"),
  MONTH("month");

  private static final long SECONDS_PER_HOUR = 3_600;
  private static final long SECONDS_PER_DAY = 86_400;
  /** Epoch day 0 (1970-01-01) is a Thursday; shifting by 3 makes weeks start on Monday 1969-12-29. */
  private static final long DAYS_FROM_MONDAY_TO_EPOCH = 3;

  private static final DateTimeFormatter HOUR_LABEL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH'Z'").withZone(ZoneOffset.UTC);

  private final String noun;

  RetentionPeriod(String noun) {
    this.noun = noun;
  }

  /** The period's name in reasons: {@code hour}, {@code fortnight}. */
  String noun() {
    return noun;
  }

  /**
   * The epoch second at which the period holding {@code epochSecond} starts. Walking backups newest first,
   * a backup starts a new period exactly when it is older than the current period's start, so one
   * comparison per rule decides it.
   */
  long start(long epochSecond) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    switch (this) {
      case HOUR:
        return Math.floorDiv(epochSecond, SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
      case DAY:
        return day * SECONDS_PER_DAY;
      case WEEK:
        return firstDayOf(day, 7) * SECONDS_PER_DAY;
      case FORTNIGHT:
        return firstDayOf(day, 14) * SECONDS_PER_DAY;
      default:
        return firstDayOfMonth(day) * SECONDS_PER_DAY;
    }
  }

  /** The first epoch day of the run of {@code length} days, counted from Monday 1969-12-29, holding a day. */
  private static long firstDayOf(long epochDay, int length) {
    return Math.floorDiv(epochDay + DAYS_FROM_MONDAY_TO_EPOCH, length) * length - DAYS_FROM_MONDAY_TO_EPOCH;
  }

  /**
   * The epoch day of the first of the month holding a day, by H. Hinnant's civil-from-days arithmetic
   * (proleptic Gregorian), so that no date object is created and no instant is out of range.
   */
  private static long firstDayOfMonth(long epochDay) {
    long shifted = epochDay + 719_468;
    long era = Math.floorDiv(shifted, 146_097);
    long dayOfEra = shifted - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    long dayOfMonth = dayOfYear - (153 * monthFromMarch + 2) / 5;
    return epochDay - dayOfMonth;
  }

  /** The period starting at {@code startSecond}, as a reader would write it: {@code hour 2026-11-25T13Z}. */
  String label(long startSecond) {
    try {
      return noun + " " + describe(startSecond);
    } catch (DateTimeException | ArithmeticException outOfRange) {
      return noun + " from epoch second " + startSecond;
    }
  }

  private String describe(long startSecond) {
    LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(startSecond, SECONDS_PER_DAY));
    switch (this) {
      case HOUR:
        return HOUR_LABEL.format(Instant.ofEpochSecond(startSecond));
      case DAY:
        return first.toString();
      case WEEK:
        return isoWeek(first);
      case FORTNIGHT:
        return first + "/" + first.plusDays(13);
      default:
        return YearMonth.from(first).toString();
    }
  }

  private static String isoWeek(LocalDate monday) {
    return String.format(
        "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
