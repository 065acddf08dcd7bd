package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the retention policy over arbitrary histories: sparse random ones, dense regular ones that
 * fill every bucket, and ones with duplicates and timestamps after now.
 */
class RetentionPolicyPropertiesTest {
  private static final RetentionPolicy SEED = RetentionPolicy.seedSchedule();
  private static final long MIN_NOW = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_NOW = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN = Duration.ofDays(220).getSeconds();

  /** A history and the now it is judged at. */
  record Case(List<Instant> backups, Instant now) {}

  @Provide
  Arbitrary<Case> histories() {
    return Arbitraries.oneOf(sparse(), dense());
  }

  private Arbitrary<Case> sparse() {
    Arbitrary<Long> now = Arbitraries.longs().between(MIN_NOW, MAX_NOW);
    Arbitrary<List<Long>> offsets =
        Arbitraries.oneOf(
                Arbitraries.longs().between(-Duration.ofDays(2).getSeconds(), SPAN),
                Arbitraries.longs().between(0, Duration.ofDays(4).getSeconds()))
            .list()
            .ofMaxSize(300);
    Arbitrary<Integer> nanos = Arbitraries.integers().between(0, 999_999_999);
    return Combinators.combine(now, offsets, nanos)
        .as((n, list, nano) -> {
          Instant at = Instant.ofEpochSecond(n, nano);
          List<Instant> backups = new ArrayList<>();
          for (long offset : list) {
            backups.add(at.minusSeconds(offset));
          }
          if (!backups.isEmpty()) {
            backups.add(backups.get(0)); // a duplicate
          }
          return new Case(backups, at);
        });
  }

  /** Every few minutes over up to 220 days: fills every hour, day, week, fortnight and month bucket. */
  private Arbitrary<Case> dense() {
    Arbitrary<Long> now = Arbitraries.longs().between(MIN_NOW, MAX_NOW);
    Arbitrary<Integer> stepMinutes = Arbitraries.integers().between(5, 240);
    return Combinators.combine(now, stepMinutes)
        .as((n, step) -> {
          Instant at = Instant.ofEpochSecond(n);
          List<Instant> backups = new ArrayList<>();
          for (long back = 0; back <= SPAN; back += step * 60L) {
            backups.add(at.minusSeconds(back));
          }
          Collections.shuffle(backups, new java.util.Random(n));
          return new Case(backups, at);
        });
  }

  @Property(tries = 150)
  void retentionAppliedTwiceEqualsRetentionAppliedOnce(@ForAll("histories") Case history) {
    RetentionResult once = SEED.apply(history.backups(), history.now());
    RetentionResult twice = SEED.apply(once.keptTimestamps(), history.now());
    assertThat(twice.kept()).isEqualTo(once.kept());
    assertThat(twice.pruned()).isEmpty();
  }

  @Property(tries = 150)
  void retentionNeverKeepsABackupThatWasNotInTheInput(@ForAll("histories") Case history) {
    RetentionResult result = SEED.apply(history.backups(), history.now());
    assertThat(history.backups()).containsAll(result.keptTimestamps());
  }

  @Property(tries = 150)
  void retentionDecidesEveryInputBackupExactlyOnce(@ForAll("histories") Case history) {
    RetentionResult result = SEED.apply(history.backups(), history.now());
    List<Instant> decided =
        Stream.concat(result.kept().stream(), result.pruned().stream()).map(RetentionDecision::timestamp).sorted().toList();
    assertThat(decided).isEqualTo(history.backups().stream().sorted().toList());
  }

  @Property(tries = 150)
  void retentionAlwaysKeepsTheNewest(@ForAll("histories") Case history) {
    RetentionResult result = SEED.apply(history.backups(), history.now());
    history.backups().stream().max(Instant::compareTo)
        .ifPresent(newest -> assertThat(result.keptTimestamps()).contains(newest));
  }

  /**
   * At most 94 kept backups not after now: 73 hours touched by the 3-day window, 5 days touched by days
   * 4-7, 6 ISO weeks touched by days 8-42, 4 fortnights touched by days 43-84 and 6 months touched by the
   * 5-month window (docs/decisions.md D-BAK-7).
   */
  @Property(tries = 150)
  void retentionNeverKeepsMoreThanTheTableAllows(@ForAll("histories") Case history) {
    RetentionResult result = SEED.apply(history.backups(), history.now());
    long keptNotAfterNow = result.keptTimestamps().stream().filter(t -> !t.isAfter(history.now())).count();
    assertThat(keptNotAfterNow).isLessThanOrEqualTo(94).isLessThanOrEqualTo(RetentionPolicy.SEED_SCHEDULE_MAX_KEPT);
  }

  @Property(tries = 100)
  void retentionListsKeptAndPrunedInTimeOrder(@ForAll("histories") Case history) {
    RetentionResult result = SEED.apply(history.backups(), history.now());
    assertThat(result.kept()).extracting(RetentionDecision::timestamp).isSorted();
    assertThat(result.pruned()).extracting(RetentionDecision::timestamp).isSorted();
  }
}
