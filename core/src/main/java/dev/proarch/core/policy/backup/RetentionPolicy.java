package dev.proarch.core.policy.backup;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Which automatic backups a retention schedule keeps and which it prunes, and why.
 *
 * <p>The seed's schedule (days 1-3 hourly, days 4-7 daily, weeks 2-6 weekly, weeks 8-12 bi-weekly,
 * months 3-5 monthly) is read as restic's {@code --keep-within-hourly 3d --keep-within-daily 7d
 * --keep-within-weekly 6w} plus a bi-weekly rule within 12 weeks and {@code --keep-within-monthly 5m}:
 * every rule's window starts at now, so week 7 and the weeks 12-13 / month 3 seam are covered by the
 * coarser rules (docs/decisions.md D-BAK-1 to D-BAK-6). A backup is kept when any rule keeps it.
 *
 * <p>{@link #apply} costs one sort of the timestamps plus one pass; pruned backups share a handful of
 * reason strings and are listed through a view, so that a million timestamps cost little more than sorting
 * them.
 */
public final class RetentionPolicy {
  /**
   * The most backups not after now that {@link #seedSchedule()} keeps, whatever the input: 73 hourly + 5
   * daily + 6 weekly + 4 bi-weekly + 6 monthly (docs/decisions.md D-BAK-7).
   */
  public static final int SEED_SCHEDULE_MAX_KEPT = 94;

  static final String NEWEST_REASON = "newest backup, kept at any age so that one restore point remains";
  static final String FUTURE_REASON = "taken after now, kept without judging until now reaches it";
  static final String DUPLICATE_REASON = "same instant as another backup in the list, which is judged instead";

  private static final RetentionPolicy SEED =
      new RetentionPolicy(
          List.of(
              new RetentionRule(RetentionPeriod.HOUR, Period.ofDays(3), "hourly within 3 days"),
              new RetentionRule(RetentionPeriod.DAY, Period.ofDays(7), "daily within 7 days"),
              new RetentionRule(RetentionPeriod.WEEK, Period.ofWeeks(6), "weekly within 6 weeks"),
              new RetentionRule(RetentionPeriod.FORTNIGHT, Period.ofWeeks(12), "bi-weekly within 12 weeks"),
              new RetentionRule(RetentionPeriod.MONTH, Period.ofMonths(5), "monthly within 5 months")));

  private final List<RetentionRule> rules;
  private final String[] prunedReasons;

  private RetentionPolicy(List<RetentionRule> rules) {
    this.rules = rules;
    this.prunedReasons = prunedReasons(rules);
  }

  /** The seed's table ("Backup and disaster recovery"), as restic-style windows from now. */
  public static RetentionPolicy seedSchedule() {
    return SEED;
  }

  /**
   * Sorts the backups and decides each one. Every input element appears exactly once, in {@code kept()} or
   * {@code pruned()}, both in time order. The newest backup is always kept; backups after {@code now} are
   * kept and not judged; of equal timestamps one is judged and the others are pruned as duplicates.
   */
  public RetentionResult apply(Collection<Instant> backups, Instant now) {
    Instant[] sorted = backups.toArray(new Instant[0]);
    Arrays.sort(sorted);
    return walk(sorted, now);
  }

  /** Walks newest to oldest once; code 0 marks a kept backup, any other code indexes a pruned reason. */
  private RetentionResult walk(Instant[] sorted, Instant now) {
    int ruleCount = rules.size();
    Instant[] cutoffs = new Instant[ruleCount];
    long[] periodStart = new long[ruleCount];
    Arrays.fill(periodStart, Long.MAX_VALUE);
    for (int r = 0; r < ruleCount; r++) {
      cutoffs[r] = rules.get(r).cutoff(now);
    }
    byte[] codes = new byte[sorted.length];
    List<RetentionDecision> keptNewestFirst = new ArrayList<>();
    int band = 0;
    boolean newestJudged = false;
    for (int i = sorted.length - 1; i >= 0; i--) {
      Instant backup = sorted[i];
      if (i + 1 < sorted.length && backup.equals(sorted[i + 1])) {
        codes[i] = duplicateCode();
        continue;
      }
      if (backup.isAfter(now)) {
        keptNewestFirst.add(RetentionDecision.of(backup, FUTURE_REASON));
        continue;
      }
      while (band < ruleCount && !backup.isAfter(cutoffs[band])) {
        band++;
      }
      String reason = keep(backup.getEpochSecond(), band, periodStart);
      if (reason == null && !newestJudged) {
        reason = NEWEST_REASON;
      }
      newestJudged = true;
      if (reason == null) {
        codes[i] = (byte) (band + 1);
      } else {
        keptNewestFirst.add(RetentionDecision.of(backup, reason));
      }
    }
    Collections.reverse(keptNewestFirst);
    return new RetentionResult(keptNewestFirst, sorted, codes, prunedReasons);
  }

  /**
   * Offers a backup to every rule whose window holds it (rules from {@code band} on). Walking newest first,
   * a backup older than the start of the period a rule last kept from is the newest of a new period, so it
   * is kept. Returns the reason of the finest rule that keeps it, or null when none does.
   */
  private String keep(long epochSecond, int band, long[] periodStart) {
    String reason = null;
    for (int r = band; r < rules.size(); r++) {
      if (epochSecond < periodStart[r]) {
        RetentionRule rule = rules.get(r);
        periodStart[r] = rule.period().start(epochSecond);
        if (reason == null) {
          reason = "newest in " + rule.period().label(periodStart[r]) + " (" + rule.description() + ")";
        }
      }
    }
    return reason;
  }

  private byte duplicateCode() {
    return (byte) (rules.size() + 2);
  }

  /** Index b + 1 explains a backup pruned in band b; then "too old", then "duplicate". */
  private static String[] prunedReasons(List<RetentionRule> rules) {
    String[] reasons = new String[rules.size() + 3];
    for (int r = 0; r < rules.size(); r++) {
      RetentionRule rule = rules.get(r);
      reasons[r + 1] =
          "a newer backup in the same " + rule.period().noun() + " is kept ("
              + rule.description() + ")";
    }
    RetentionRule widest = rules.get(rules.size() - 1);
    reasons[rules.size() + 1] =
        "older than the widest window (" + widest.description() + ")";
    reasons[rules.size() + 2] = DUPLICATE_REASON;
    return reasons;
  }
}
