package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:30:00Z");
  private static final RetentionPolicy SEED = RetentionPolicy.seedSchedule();

  private static List<Instant> every(Duration step, Duration span) {
    List<Instant> backups = new ArrayList<>();
    for (Instant t = NOW; !t.isBefore(NOW.minus(span)); t = t.minus(step)) {
      backups.add(t);
    }
    return backups;
  }

  @Test
  void keepsTheNewestBackupOfEachHourWithinThreeDays() {
    RetentionResult result = SEED.apply(every(Duration.ofMinutes(15), Duration.ofHours(71)), NOW);
    assertThat(result.kept()).hasSize(72);
    assertThat(result.kept()).extracting(RetentionDecision::reason)
        .contains("newest in hour 2026-11-26T12Z (hourly within 3 days)")
        .allMatch(reason -> reason.endsWith("(hourly within 3 days)"));
    assertThat(result.kept().get(71).timestamp()).isEqualTo(NOW);
    assertThat(result.kept()).extracting(RetentionDecision::timestamp)
        .contains(Instant.parse("2026-11-26T11:45:00Z"))
        .doesNotContain(Instant.parse("2026-11-26T11:30:00Z"));
    assertThat(result.pruned()).extracting(RetentionDecision::reason)
        .containsOnly("a newer backup in the same hour is kept (hourly within 3 days)");
  }

  @Test
  void keepsTheNewestBackupOfEachDayFromDayFourToDaySeven() {
    RetentionResult result = SEED.apply(every(Duration.ofHours(1), Duration.ofDays(7).minusHours(1)), NOW);
    assertThat(result.kept()).extracting(RetentionDecision::timestamp)
        .contains(Instant.parse("2026-11-22T23:30:00Z"), Instant.parse("2026-11-20T23:30:00Z"))
        .doesNotContain(Instant.parse("2026-11-22T22:30:00Z"));
    assertThat(result.kept()).extracting(RetentionDecision::reason)
        .contains("newest in day 2026-11-22 (daily within 7 days)");
    // 72 hourly (after 2026-11-23T12:30); the 23rd's newest is one of them; then the 22nd, 21st, 20th, 19th.
    assertThat(result.kept()).hasSize(72 + 4);
  }

  @Test
  void keepsWeeklyThenBiWeeklyThenMonthlyAndPrunesOlderThanFiveMonths() {
    RetentionResult result = SEED.apply(every(Duration.ofDays(1), Duration.ofDays(200)), NOW);
    List<String> reasons = result.kept().stream().map(RetentionDecision::reason).toList();
    assertThat(reasons).contains(
        "newest in week 2026-W46 (weekly within 6 weeks)",
        "newest in fortnight 2026-09-21/2026-10-04 (bi-weekly within 12 weeks)",
        "newest in month 2026-07 (monthly within 5 months)");
    assertThat(result.kept()).extracting(RetentionDecision::timestamp)
        .allMatch(t -> t.isAfter(Instant.parse("2026-06-26T12:30:00Z")));
    assertThat(result.pruned()).extracting(RetentionDecision::reason)
        .contains("older than the widest window (monthly within 5 months)");
  }

  @Test
  void coversWeekSevenWithTheBiWeeklyRule() {
    // Backups only in week 7 of age (42 to 49 days old).
    List<Instant> weekSeven = List.of(NOW.minus(Duration.ofDays(43)), NOW.minus(Duration.ofDays(45)));
    List<Instant> withNewer = new ArrayList<>(weekSeven);
    withNewer.add(NOW);
    RetentionResult result = SEED.apply(withNewer, NOW);
    assertThat(result.kept()).extracting(RetentionDecision::timestamp).contains(NOW.minus(Duration.ofDays(43)));
    assertThat(result.kept().get(0).reason()).contains("bi-weekly within 12 weeks");
  }

  @Test
  void keepsBackupsAfterNowWithoutJudgingThem() {
    Instant future = NOW.plus(Duration.ofHours(3));
    RetentionResult result = SEED.apply(List.of(NOW, future, future.plusSeconds(1)), NOW);
    assertThat(result.kept()).extracting(RetentionDecision::timestamp).containsExactly(NOW, future, future.plusSeconds(1));
    assertThat(result.kept().get(1).reason()).isEqualTo(RetentionPolicy.FUTURE_REASON);
  }

  @Test
  void prunesADuplicateTimestampOnce() {
    RetentionResult result = SEED.apply(List.of(NOW, NOW), NOW);
    assertThat(result.kept()).extracting(RetentionDecision::timestamp).containsExactly(NOW);
    assertThat(result.pruned()).containsExactly(RetentionDecision.of(NOW, RetentionPolicy.DUPLICATE_REASON));
  }

  @Test
  void keepsTheNewestBackupEvenWhenEveryBackupIsOlderThanFiveMonths() {
    Instant old = NOW.minus(Duration.ofDays(400));
    RetentionResult result = SEED.apply(List.of(old, old.minusSeconds(60)), NOW);
    assertThat(result.kept()).containsExactly(RetentionDecision.of(old, RetentionPolicy.NEWEST_REASON));
    assertThat(result.pruned()).hasSize(1);
  }

  @Test
  void anEmptyHistoryKeepsAndPrunesNothing() {
    RetentionResult result = SEED.apply(List.of(), NOW);
    assertThat(result.kept()).isEmpty();
    assertThat(result.pruned()).isEmpty();
  }

  @Test
  void listsBothResultsInTimeOrder() {
    RetentionResult result = SEED.apply(every(Duration.ofMinutes(37), Duration.ofDays(30)), NOW);
    assertThat(result.kept()).extracting(RetentionDecision::timestamp).isSorted();
    assertThat(result.pruned()).extracting(RetentionDecision::timestamp).isSorted();
  }

  @Test
  void decidesAMillionBackupsWithinTheBound() {
    java.util.Random random = new java.util.Random(42);
    List<Instant> backups = new ArrayList<>(1_000_000);
    long span = Duration.ofDays(200).getSeconds();
    for (int i = 0; i < 1_000_000; i++) {
      backups.add(NOW.minusSeconds((long) (random.nextDouble() * span)).minusNanos(random.nextInt(1_000_000_000)));
    }
    RetentionResult result = SEED.apply(backups, NOW);
    assertThat(result.kept().size() + result.pruned().size()).isEqualTo(1_000_000);
    assertThat(result.kept()).hasSizeBetween(80, RetentionPolicy.SEED_SCHEDULE_MAX_KEPT);
    assertThat(RpoCheck.seedObjective().check(backups, NOW)).isEmpty();
  }

  @Test
  void extremeInstantsAreDecidedWithoutAnException() {
    List<Instant> extremes = List.of(Instant.MIN, Instant.EPOCH, Instant.MAX);
    for (Instant now : extremes) {
      RetentionResult result = SEED.apply(extremes, now);
      assertThat(result.kept().size() + result.pruned().size()).isEqualTo(3);
      assertThat(result.keptTimestamps()).contains(Instant.MAX);
      assertThat(RpoCheck.seedObjective().check(extremes, now)).isNotEmpty();
    }
  }
}
