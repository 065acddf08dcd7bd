package dev.proarch.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  private static ImmutableRuleDescriptor.Builder rule(String id, String summary) {
    return RuleDescriptor.builder()
        .id(RuleId.of(id))
        .defaultSeverity(Severity.ERROR)
        .summary(summary)
        .rationale("Because the seed says so.")
        .source("seed: Master environment")
        .hint("Branch from integration.");
  }

  @Test
  void rejectsTwoRulesWithOneId() {
    RuleDescriptor first = rule("PRO-BR-001", "Never branch from master").build();
    RuleDescriptor second = rule("PRO-BR-001", "Something else").build();
    assertThatThrownBy(() -> RuleCatalog.of(List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PRO-BR-001");
  }

  @Test
  void rejectsAFormerIdTakenByAnotherRule() {
    RuleDescriptor renamed = rule("PRO-BR-002", "Renamed rule").addFormerIds(RuleId.of("PRO-BR-001")).build();
    RuleDescriptor squatter = rule("PRO-BR-001", "Squatter").build();
    assertThatThrownBy(() -> RuleCatalog.of(List.of(renamed, squatter)))
        .hasMessageContaining("must not be reused");
  }

  @Test
  void findsARuleByAFormerId() {
    RuleDescriptor renamed = rule("PRO-BR-002", "Renamed rule").addFormerIds(RuleId.of("PRO-BR-001")).build();
    assertThat(RuleCatalog.of(List.of(renamed)).find(RuleId.of("PRO-BR-001"))).contains(renamed);
  }

  @Test
  void rejectsASummaryWithATrailingPeriod() {
    assertThatThrownBy(() -> rule("PRO-BR-003", "Never branch from master.").build())
        .hasMessageContaining("trailing period");
  }

  @Test
  void rejectsAMalformedId() {
    assertThatThrownBy(() -> RuleId.of("BR-1")).hasMessageContaining("PRO-<AREA>-<NNN>");
  }
}
