package dev.proarch.core.policy.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.SeedStatement;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentUsePolicyTest {

  /** The whole table before launch: environment, purpose, verdict, rule (or -). */
  @ParameterizedTest(name = "{0} {1} -> {2} {3}")
  @CsvSource({
    "master, development, not-recommended, PRO-ENV-001",
    "master, development-testing, not-recommended, PRO-ENV-001",
    "master, uat, not-recommended, PRO-ENV-001",
    "master, performance-testing, not-recommended, PRO-ENV-001",
    "master, b2b-testing, not-recommended, PRO-ENV-001",
    "master, regression-testing, not-recommended, PRO-ENV-001",
    "master, content-staging, not-recommended, PRO-ENV-001",
    "master, cron-testing, not-recommended, PRO-ENV-001",
    "master, testing-new-builds, not-recommended, PRO-ENV-001",
    "master, production-critical-patches, not-recommended, PRO-ENV-001",
    "master, debugging-production, recommended, -",
    "master, ci-compatibility, not-recommended, PRO-ENV-001",
    "master, critical-workflow-testing, not-recommended, PRO-ENV-001",
    "integration, development, recommended, -",
    "integration, development-testing, not-recommended, PRO-ENV-002",
    "integration, uat, not-recommended, PRO-ENV-002",
    "integration, performance-testing, not-recommended, PRO-ENV-002",
    "integration, b2b-testing, not-recommended, PRO-ENV-003",
    "integration, regression-testing, not-recommended, PRO-ENV-004",
    "integration, content-staging, allowed, -",
    "integration, cron-testing, not-recommended, PRO-INT-003",
    "integration, testing-new-builds, allowed, -",
    "integration, production-critical-patches, allowed, -",
    "integration, debugging-production, not-recommended, PRO-ENV-004",
    "integration, ci-compatibility, recommended, -",
    "integration, critical-workflow-testing, recommended, -",
    "staging, development, not-recommended, PRO-ENV-006",
    "staging, development-testing, allowed, -",
    "staging, uat, recommended, -",
    "staging, performance-testing, recommended, -",
    "staging, b2b-testing, recommended, -",
    "staging, regression-testing, recommended, -",
    "staging, content-staging, recommended, -",
    "staging, cron-testing, recommended, -",
    "staging, testing-new-builds, recommended, -",
    "staging, production-critical-patches, recommended, -",
    "staging, debugging-production, allowed, -",
    "staging, ci-compatibility, allowed, -",
    "staging, critical-workflow-testing, allowed, -",
    "production, development, not-recommended, PRO-ENV-006",
    "production, development-testing, not-recommended, PRO-ENV-007",
    "production, uat, not-recommended, PRO-ENV-007",
    "production, performance-testing, not-recommended, PRO-ENV-007",
    "production, b2b-testing, not-recommended, PRO-ENV-007",
    "production, regression-testing, not-recommended, PRO-ENV-007",
    "production, content-staging, allowed, -",
    "production, cron-testing, not-recommended, PRO-ENV-007",
    "production, testing-new-builds, not-recommended, PRO-ENV-007",
    "production, production-critical-patches, not-recommended, PRO-ENV-007",
    "production, debugging-production, not-recommended, PRO-ENV-007",
    "production, ci-compatibility, not-recommended, PRO-ENV-007",
    "production, critical-workflow-testing, allowed, -",
  })
  void verdictBeforeLaunch(String environment, String purpose, String verdict, String rule)
      throws InvalidValueException {
    UseAssessment assessment =
        EnvironmentUsePolicy.assess(EnvironmentType.parse(environment), Purpose.parse(purpose), false);
    assertThat(assessment.verdict().label()).isEqualTo(verdict);
    assertThat(assessment.rule().map(r -> r.id().value()).orElse("-")).isEqualTo(rule);
    if (verdict.equals("not-recommended")) {
      assertThat(assessment.diagnostics()).singleElement()
          .satisfies(d -> assertThat(d.ruleId().value()).isEqualTo(rule));
    } else {
      assertThat(assessment.diagnostics()).isEmpty();
    }
  }

  @Test
  void performanceTestingOnIntegrationCitesTheSeedCaveatAndItsSection() {
    UseAssessment assessment =
        EnvironmentUsePolicy.assess(EnvironmentType.INTEGRATION, Purpose.PERFORMANCE_TESTING, false);
    assertThat(assessment.reason().section()).isEqualTo("Integration environment");
    assertThat(assessment.reason().text()).contains("Do not use the integration environment for development testing");
    Diagnostic finding = assessment.diagnostics().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.details()).containsEntry("purpose", "performance-testing").containsEntry("verdict", "not-recommended");
    assertThat(finding.message()).doesNotContain("\n");
  }

  @Test
  void afterLaunchStagingIsMainlyForProductionCriticalPatches() {
    UseAssessment patch =
        EnvironmentUsePolicy.assess(EnvironmentType.STAGING, Purpose.PRODUCTION_CRITICAL_PATCHES, true);
    assertThat(patch.verdict()).isEqualTo(Verdict.RECOMMENDED);
    assertThat(patch.diagnostics()).isEmpty();

    UseAssessment uat = EnvironmentUsePolicy.assess(EnvironmentType.STAGING, Purpose.USER_ACCEPTANCE_TESTING, true);
    assertThat(uat.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(uat.reason().text()).startsWith("After launching the Production site");
    assertThat(uat.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId().value()).isEqualTo("PRO-ENV-005");
      assertThat(d.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void launchChangesNothingOutsideStagingAndNeverRelaxesARefusal() {
    for (EnvironmentType environment : EnvironmentType.values()) {
      for (Purpose purpose : Purpose.values()) {
        UseAssessment before = EnvironmentUsePolicy.assess(environment, purpose, false);
        UseAssessment after = EnvironmentUsePolicy.assess(environment, purpose, true);
        if (environment != EnvironmentType.STAGING || before.verdict() == Verdict.NOT_RECOMMENDED) {
          assertThat(after.verdict()).isEqualTo(before.verdict());
          assertThat(after.reason()).isEqualTo(before.reason());
        }
      }
    }
  }

  /** D-USE-1: development is recommended on integration, development testing is not. */
  @Test
  void developmentAndDevelopmentTestingAreDifferentUsesOfIntegration() {
    assertThat(EnvironmentUsePolicy.assess(EnvironmentType.INTEGRATION, Purpose.DEVELOPMENT, false).verdict())
        .isEqualTo(Verdict.RECOMMENDED);
    assertThat(EnvironmentUsePolicy.assess(EnvironmentType.INTEGRATION, Purpose.DEVELOPMENT_TESTING, false).verdict())
        .isEqualTo(Verdict.NOT_RECOMMENDED);
  }

  @Test
  void everyReasonComesFromTheCapabilityTableOrANamedSeedSentenceAndEveryRecommendedUseIsCited() {
    List<SeedStatement> cited = new ArrayList<>();
    for (EnvironmentType environment : EnvironmentType.values()) {
      for (Purpose purpose : Purpose.values()) {
        for (boolean launched : new boolean[] {false, true}) {
          cited.add(EnvironmentUsePolicy.assess(environment, purpose, launched).reason());
        }
      }
    }
    List<SeedStatement> fromTable = new ArrayList<>();
    for (EnvironmentType environment : EnvironmentType.values()) {
      fromTable.addAll(environment.capabilities().recommendedUses());
    }
    // Every recommended use in the table is the reason for at least one verdict.
    assertThat(cited).containsAll(fromTable);
    // Every reason is a statement of the capability table, or one of the few seed sentences it does not carry.
    List<SeedStatement> allowed = new ArrayList<>(fromTable);
    for (EnvironmentType environment : EnvironmentType.values()) {
      allowed.addAll(environment.capabilities().caveats());
    }
    allowed.addAll(List.of(UseTable.INTEGRATION_DESIGN, UseTable.STAGING_DESIGN, UseTable.CRONS_OFF_ON_INTEGRATION));
    assertThat(allowed).containsAll(cited);
  }

  @Test
  void unknownPurposeNamesTheInputAndTheChoices() {
    assertThatThrownBy(() -> Purpose.parse("load-testing"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'load-testing'")
        .hasMessageContaining("performance-testing");
  }

  @Test
  void theProviderContributesEveryEnvironmentUseRule() {
    assertThat(RuleCatalog.load().area("ENV")).containsExactlyElementsOf(EnvironmentUseRules.descriptors());
  }

  @Test
  void eachRuleReportsOnlyItsOwnFindings() {
    EnvironmentUse use = EnvironmentUse.of(EnvironmentType.INTEGRATION, Purpose.B2B_TESTING, false);
    for (Rule<EnvironmentUse> rule : EnvironmentUseRules.rules()) {
      List<Diagnostic> found = rule.check(use);
      assertThat(found).hasSize(rule.descriptor().id().value().equals("PRO-ENV-003") ? 1 : 0);
    }
  }

  @Property(tries = 200)
  void shufflingTheOrderInWhichRulesRunNeverChangesTheReport(
      @ForAll EnvironmentType environment, @ForAll Purpose purpose, @ForAll boolean launched, @ForAll long seed) {
    EnvironmentUse use = EnvironmentUse.of(environment, purpose, launched);
    List<Rule<EnvironmentUse>> rules = new ArrayList<>(EnvironmentUseRules.rules());
    List<Diagnostic> inOrder = DiagnosticOrder.sorted(run(rules, use));
    Collections.shuffle(rules, new Random(seed));
    List<Diagnostic> shuffled = DiagnosticOrder.sorted(run(rules, use));
    assertThat(shuffled).isEqualTo(inOrder);
    assertThat(shuffled).isEqualTo(DiagnosticOrder.sorted(EnvironmentUsePolicy.assess(use).diagnostics()));
  }

  private static List<Diagnostic> run(List<Rule<EnvironmentUse>> rules, EnvironmentUse use) {
    List<Diagnostic> all = new ArrayList<>();
    rules.forEach(rule -> all.addAll(rule.check(use)));
    return all;
  }
}
