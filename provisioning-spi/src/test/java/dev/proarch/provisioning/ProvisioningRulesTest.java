package dev.proarch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProvisioningRulesTest {
  /** PRO-PRV-002 gave way to core's RestoreCheck (PRO-PRM-004 for integration) (docs/decisions.md D-PRV-6) and is never reused. */
  private static final int RETIRED = 2;

  @Test
  void theCatalogListsEveryGuardRuleFromTheServicesFile() {
    RuleCatalog catalog = RuleCatalog.load();
    assertThat(catalog.area("PRV")).extracting(rule -> rule.id().value())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 8).filter(n -> n != RETIRED)
            .mapToObj(n -> String.format("PRO-PRV-%03d", n)).toList());
    assertThat(catalog.area("PRV")).allSatisfy(rule -> assertThat(rule.tags()).contains(RuleTags.PROVISIONING));
  }

  @Test
  void everyRuleCitesASource() {
    assertThat(RuleCatalog.load().area("PRV")).extracting(RuleDescriptor::source)
        .allSatisfy(source -> assertThat(source).containsAnyOf("seed:", "platform-rules.md", "README.md"));
  }
}
