package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The RPO check against a plain oracle: sample every 30 seconds of each window, measure how old the newest
 * backup at or before that moment is, and collect the backups after which the limit is broken. Backups fall on
 * whole minutes, so half-minute sampling sees every breach.
 */
class RpoCheckPropertiesTest {
  private static final Instant BASE = Instant.parse("2026-11-26T12:00:00Z");

  record Case(List<Instant> backups, Instant now) {}

  @Provide
  Arbitrary<Case> histories() {
    Arbitrary<Integer> gap = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1, 60)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(61, 600)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 60 * 24 * 30),
            Arbitraries.integers().between(0, 180),
            gap.list().ofMaxSize(200))
        .as((shift, newestAge, gaps) -> {
          Instant now = BASE.plus(Duration.ofMinutes(shift));
          List<Instant> backups = new ArrayList<>();
          Instant at = now.minus(Duration.ofMinutes(newestAge));
          backups.add(at);
          for (int minutes : gaps) {
            at = at.minus(Duration.ofMinutes(minutes));
            backups.add(at);
          }
          Collections.shuffle(backups, new java.util.Random(shift));
          return new Case(backups, now);
        });
  }

  @Property(tries = 300)
  void rpoReportsExactlyTheGapsAfterWhichTheNewestBackupIsTooOld(@ForAll("histories") Case history) {
    Set<String> expected = new TreeSet<>();
    expected.addAll(oracle(history, Duration.ZERO, Duration.ofHours(24), Duration.ofHours(1), "PRO-BAK-001"));
    expected.addAll(oracle(history, Duration.ofHours(24), Duration.ofHours(72), Duration.ofHours(6), "PRO-BAK-002"));
    Set<String> reported = new TreeSet<>();
    for (Diagnostic finding : RpoCheck.seedObjective().check(history.backups(), history.now())) {
      reported.add(finding.ruleId() + " @" + finding.details().get("from"));
    }
    Statistics.label("breached").collect(!expected.isEmpty());
    Statistics.label("breached").coverage(checker -> {
      checker.check(true).percentage(percent -> percent > 10);
      checker.check(false).percentage(percent -> percent > 10);
    });
    assertThat(reported).isEqualTo(expected);
  }

  private static Set<String> oracle(Case history, Duration youngest, Duration oldest, Duration limit, String rule) {
    List<Instant> sorted = history.backups().stream().sorted().toList();
    Set<String> froms = new TreeSet<>();
    for (Instant x = history.now().minus(oldest); !x.isAfter(history.now().minus(youngest)); x = x.plusSeconds(30)) {
      Instant newest = null;
      for (Instant backup : sorted) {
        if (backup.isAfter(x)) {
          break;
        }
        newest = backup;
      }
      if (newest != null && Duration.between(newest, x).compareTo(limit) > 0) {
        froms.add(rule + " @" + newest);
      }
    }
    return froms;
  }
}
