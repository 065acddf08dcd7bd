package dev.proarch.core.policy.backup;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/**
 * The calendar periods a retention rule keeps the newest backup of, in UTC. Keys are plain longs computed
 * from the epoch second, so that a million backups are bucketed without allocating a date per backup.
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

  /** The bucket key of a backup taken at this epoch second. */
  long key(long epochSecond) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    switch (this) {
      case HOUR:
        return Math.floorDiv(epochSecond, SECONDS_PER_HOUR);
      case DAY:
        return day;
      case WEEK:
        return weekKey(day);
      case FORTNIGHT:
        return Math.floorDiv(weekKey(day), 2);
      default:
        return monthKey(day);
    }
  }

  private static long weekKey(long epochDay) {
    return Math.floorDiv(epochDay + DAYS_FROM_MONDAY_TO_EPOCH, 7);
  }

  /**
   * Year * 12 + month - 1 of an epoch day, by the proleptic Gregorian civil-from-days arithmetic (H.
   * Hinnant), so that no date object is created and no instant is out of range.
   */
  private static long monthKey(long epochDay) {
    long shifted = epochDay + 719_468;
    long era = Math.floorDiv(shifted, 146_097);
    long dayOfEra = shifted - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year * 12 + month - 1;
  }

  /** The period a key stands for, as a reader would write it: {@code hour 2026-11-25T13Z}. */
  String label(long key) {
    try {
      return noun + " " + describe(key);
    } catch (DateTimeException | ArithmeticException outOfRange) {
      return noun + " #" + key;
    }
  }

  private String describe(long key) {
    switch (this) {
      case HOUR:
        return HOUR_LABEL.format(Instant.ofEpochSecond(Math.multiplyExact(key, SECONDS_PER_HOUR)));
      case DAY:
        return LocalDate.ofEpochDay(key).toString();
      case WEEK:
        return isoWeek(mondayOfWeek(key));
      case FORTNIGHT:
        LocalDate first = mondayOfWeek(key * 2);
        return first + "/" + first.plusDays(13);
      default:
        return String.format("%04d-%02d", Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
    }
  }

  private static LocalDate mondayOfWeek(long weekKey) {
    return LocalDate.ofEpochDay(weekKey * 7 - DAYS_FROM_MONDAY_TO_EPOCH);
  }

  private static String isoWeek(LocalDate monday) {
    return String.format(
        "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
