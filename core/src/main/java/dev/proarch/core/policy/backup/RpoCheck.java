package dev.proarch.core.policy.backup;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The recovery point objective over a backup history: at every moment of a window of ages, the newest
 * backup taken before that moment is at most {@code limit} old. The seed's objective is 1 hour within the
 * newest 24 hours and 6 hours from 24 to 72 hours of age; older ages are governed by the retention table
 * alone, because retention thins backups to dailies after day 3 (docs/decisions.md D-BAK-8).
 *
 * <p>Each gap between two consecutive backups, or between the newest backup and now, that breaks a window's
 * limit somewhere inside that window is one finding with {@code from}, {@code to}, {@code gap} and {@code
 * limit}. Time before the oldest backup is not judged: the history starts there.
 */
public final class RpoCheck {
  private static final RpoCheck SEED =
      new RpoCheck(
          List.of(
              new Window(Duration.ZERO, Duration.ofHours(24), Duration.ofHours(1), BackupRules.RPO_FIRST_DAY),
              new Window(
                  Duration.ofHours(24), Duration.ofHours(72), Duration.ofHours(6), BackupRules.RPO_DAYS_TWO_AND_THREE)));

  private final List<Window> windows;

  private RpoCheck(List<Window> windows) {
    this.windows = windows;
  }

  /** The seed's objective: 1 hour for the first 24 hours, then 6 hours (until 72 hours). */
  public static RpoCheck seedObjective() {
    return SEED;
  }

  /** The findings for a history judged at {@code now}, in time order of the gaps. */
  public List<Diagnostic> check(Collection<Instant> backups, Instant now) {
    Instant[] sorted = backups.toArray(new Instant[0]);
    Arrays.sort(sorted);
    List<Diagnostic> findings = new ArrayList<>();
    int past = countNotAfter(sorted, now);
    if (past < sorted.length) {
      findings.add(future(sorted, past, now));
    }
    if (past == 0) {
      findings.add(
          BackupRules.HISTORY_NOT_EMPTY.diagnostic("The history has no backup taken at or before now.")
              .location(Location.ofPath("backups"))
              .putDetails("now", now.toString())
              .build());
      return List.copyOf(findings);
    }
    Instant judgedFrom = windows.stream().map(window -> window.start(now)).min(Instant::compareTo).orElse(now);
    for (int i = 0; i < past; i++) {
      Instant from = sorted[i];
      boolean toNow = i + 1 == past;
      Instant to = toNow ? now : sorted[i + 1];
      if (!to.isAfter(judgedFrom)) {
        continue; // the gap ends before every window: older ages follow the retention table
      }
      for (Window window : windows) {
        window.judge(from, to, toNow, now).ifPresent(findings::add);
      }
    }
    return List.copyOf(findings);
  }

  private static int countNotAfter(Instant[] sorted, Instant now) {
    int count = sorted.length;
    while (count > 0 && sorted[count - 1].isAfter(now)) {
      count--;
    }
    return count;
  }

  /** The logical path of a backup in the history, so that findings sort by time within a rule. */
  static Location at(Instant backup) {
    return Location.ofPath("backups[" + backup + "]");
  }

  private static Diagnostic future(Instant[] sorted, int firstFuture, Instant now) {
    int count = sorted.length - firstFuture;
    return BackupRules.NO_FUTURE_BACKUP.diagnostic(
            count + (count == 1 ? " backup is" : " backups are") + " dated after now.")
        .location(at(sorted[firstFuture]))
        .putDetails("now", now.toString())
        .putDetails("count", String.valueOf(count))
        .putDetails("earliest", sorted[firstFuture].toString())
        .putDetails("latest", sorted[sorted.length - 1].toString())
        .build();
  }

  /** A band of ages [{@code youngest}, {@code oldest}] and the longest gap allowed inside it. */
  private static final class Window {
    private final Duration youngest;
    private final Duration oldest;
    private final Duration limit;
    private final RuleDescriptor rule;

    Window(Duration youngest, Duration oldest, Duration limit, RuleDescriptor rule) {
      this.youngest = youngest;
      this.oldest = oldest;
      this.limit = limit;
      this.rule = rule;
    }

    /** Where this window begins when judged at {@code now}. */
    Instant start(Instant now) {
      return minusOrMin(now, oldest);
    }

    /**
     * The gap breaks this window when some moment x of the window before the next backup ({@code to}
     * itself is covered by that backup) has x - from greater than the limit. The latest candidate moment
     * is min(to, window end), so the gap breaks the window exactly when that moment lies after the window
     * start and more than the limit after {@code from}.
     */
    Optional<Diagnostic> judge(Instant from, Instant to, boolean toNow, Instant now) {
      Instant start = start(now);
      Instant end = minusOrMin(now, youngest);
      Instant latest = to.isBefore(end) ? to : end;
      if (!latest.isAfter(start) || Duration.between(from, latest).compareTo(limit) <= 0) {
        return Optional.empty();
      }
      Duration gap = Duration.between(from, to);
      String until = toNow ? "now" : to.toString();
      return Optional.of(
          rule.diagnostic(
                  "No backup for " + human(gap) + " after this one, until " + until + "; between "
                      + hours(youngest) + " and " + hours(oldest) + " of age the limit is " + human(limit) + ".")
              .location(at(from))
              .putDetails("window", hours(youngest) + "-" + hours(oldest))
              .putDetails("from", from.toString())
              .putDetails("to", to.toString())
              .putDetails("toIsNow", String.valueOf(toNow))
              .putDetails("gap", gap.toString())
              .putDetails("limit", limit.toString())
              .build());
    }

    /** {@code 2 hours}, {@code 1 hour 30 minutes}, {@code 27 days 4 hours}: for messages; details keep ISO. */
    private static String human(Duration duration) {
      StringBuilder text = new StringBuilder();
      append(text, duration.toDays(), "day");
      append(text, duration.toHoursPart(), "hour");
      append(text, duration.toMinutesPart(), "minute");
      append(text, duration.toSecondsPart(), "second");
      return text.length() == 0 ? "less than a second" : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
      if (amount > 0) {
        text.append(text.length() == 0 ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
      }
    }

    private static String hours(Duration age) {
      return age.toHours() + "h";
    }

    private static Instant minusOrMin(Instant now, Duration age) {
      try {
        return now.minus(age);
      } catch (DateTimeException | ArithmeticException outOfRange) {
        return Instant.MIN;
      }
    }
  }
}
