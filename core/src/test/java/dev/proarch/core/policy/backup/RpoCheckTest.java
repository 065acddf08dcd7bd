package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpoCheckTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final RpoCheck SEED = RpoCheck.seedObjective();

  @Test
  void theGapFromTheNewestBackupToNowCounts() {
    List<Diagnostic> findings = SEED.check(List.of(NOW.minus(Duration.ofMinutes(90))), NOW);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo(BackupRules.RPO_FIRST_DAY.id());
      assertThat(finding.details())
          .containsEntry("from", "2026-11-26T10:30:00Z")
          .containsEntry("to", NOW.toString())
          .containsEntry("toIsNow", "true")
          .containsEntry("gap", "PT1H30M")
          .containsEntry("limit", "PT1H")
          .containsEntry("window", "0h-24h");
      assertThat(finding.message()).contains("until now");
    });
  }

  @Test
  void aGapOfExactlyTheLimitMeetsIt() {
    assertThat(SEED.check(List.of(NOW.minus(Duration.ofHours(1)), NOW), NOW)).isEmpty();
  }

  @Test
  void agesBeyondSeventyTwoHoursAreLeftToTheRetentionTable() {
    List<Instant> history = new ArrayList<>();
    history.add(NOW.minus(Duration.ofDays(30)));
    history.add(NOW.minus(Duration.ofHours(72)));
    for (int hour = 72; hour >= 0; hour -= hour > 24 ? 6 : 1) {
      history.add(NOW.minus(Duration.ofHours(hour)));
    }
    assertThat(SEED.check(history, NOW)).isEmpty();
  }

  @Test
  void onlyGapsReachingIntoAWindowAreReported() {
    // 100 to 90 hours of age lies wholly beyond 72 hours; 90 hours to now breaks both windows.
    List<Instant> history = List.of(NOW.minus(Duration.ofHours(100)), NOW.minus(Duration.ofHours(90)));
    List<Diagnostic> findings = SEED.check(history, NOW);
    assertThat(findings).extracting(d -> d.ruleId().value()).containsExactlyInAnyOrder("PRO-BAK-001", "PRO-BAK-002");
    assertThat(findings).extracting(d -> d.details().get("from")).containsOnly(NOW.minus(Duration.ofHours(90)).toString());
  }

  @Test
  void anEmptyHistoryHasNoRecoveryPoint() {
    assertThat(SEED.check(List.of(), NOW)).extracting(d -> d.ruleId().value()).containsExactly("PRO-BAK-003");
  }
}
