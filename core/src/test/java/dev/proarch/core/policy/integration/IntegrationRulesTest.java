package dev.proarch.core.policy.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IntegrationRulesTest {

  private static List<String> ids(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.ruleId().value()).toList();
  }

  private static List<Diagnostic> check(IntegrationUsage usage) {
    return IntegrationRules.check(usage, IntegrationThresholds.defaults());
  }

  @Test
  void aCatalogAboveFiveThousandProductsIsAWarning() {
    List<Diagnostic> found = check(IntegrationUsage.builder().environment("integration").catalogProducts(5_001).build());
    assertThat(ids(found)).containsExactly("PRO-INT-001");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).details()).containsEntry("actual", "5001").containsEntry("limit", "5000");
    assertThat(found.get(0).location().flatMap(l -> l.path())).contains("integration");
  }

  @Test
  void aCatalogOfFiveThousandProductsOrTheSampleDataIsFine() {
    assertThat(check(IntegrationUsage.builder().catalogProducts(5_000).build())).isEmpty();
    assertThat(check(IntegrationUsage.builder().catalogProducts(2_048).build())).isEmpty();
  }

  @Test
  void theCatalogThresholdIsConfigurable() {
    IntegrationThresholds strict = IntegrationThresholds.builder().maxCatalogProducts(4_000).maxConcurrentUsers(2).build();
    IntegrationUsage usage = IntegrationUsage.builder().catalogProducts(4_500).build();
    assertThat(ids(IntegrationRules.check(usage, strict))).containsExactly("PRO-INT-001");
    assertThat(check(usage)).isEmpty();
  }

  @Test
  void threeConcurrentUsersAreAWarningAndTwoAreNot() {
    assertThat(ids(check(IntegrationUsage.builder().concurrentUsers(3).build()))).containsExactly("PRO-INT-002");
    assertThat(check(IntegrationUsage.builder().concurrentUsers(2).build())).isEmpty();
    assertThat(check(IntegrationUsage.builder().concurrentUsers(1).build())).isEmpty();
  }

  @Test
  void cronJobsLeftEnabledFirePro_INT_003AndDisabledOrUnknownCronsDoNot() {
    List<Diagnostic> found = check(IntegrationUsage.builder().cronEnabled(true).build());
    assertThat(ids(found)).containsExactly("PRO-INT-003");
    assertThat(found.get(0).ruleId()).isEqualTo(IntegrationRules.CRON_ENABLED.id());
    assertThat(check(IntegrationUsage.builder().cronEnabled(false).build())).isEmpty();
    assertThat(check(IntegrationUsage.builder().build())).isEmpty();
  }

  @Test
  void theCronRuleHasTheIdTheConfigValidatorReports() {
    assertThat(IntegrationRules.CRON_ENABLED.id()).isEqualTo(RuleId.of("PRO-INT-003"));
  }

  @Test
  void theProviderContributesEveryIntegrationRuleToTheCatalog() {
    assertThat(RuleCatalog.load().area("INT")).containsExactlyElementsOf(IntegrationRules.descriptors());
  }

  @Property(tries = 200)
  void shufflingTheOrderInWhichRulesRunNeverChangesTheReport(
      @ForAll @IntRange(min = 0, max = 20_000) int products,
      @ForAll @IntRange(min = 0, max = 10) int users,
      @ForAll boolean cron,
      @ForAll long seed) {
    IntegrationUsage usage =
        IntegrationUsage.builder().environment("integration").catalogProducts(products).concurrentUsers(users)
            .cronEnabled(cron).build();
    List<Rule<IntegrationUsage>> rules = new ArrayList<>(IntegrationRules.rules());
    List<Diagnostic> inOrder = DiagnosticOrder.sorted(run(rules, usage));
    Collections.shuffle(rules, new Random(seed));
    assertThat(DiagnosticOrder.sorted(run(rules, usage))).isEqualTo(inOrder);
  }

  private static List<Diagnostic> run(List<Rule<IntegrationUsage>> rules, IntegrationUsage usage) {
    List<Diagnostic> all = new ArrayList<>();
    rules.forEach(rule -> all.addAll(rule.check(usage)));
    return all;
  }
}
