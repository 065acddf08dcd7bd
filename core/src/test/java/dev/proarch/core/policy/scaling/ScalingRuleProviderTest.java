package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleTags;
import org.junit.jupiter.api.Test;

class ScalingRuleProviderTest {

  @Test
  void theCatalogLoadsEveryScalingRuleThroughTheServiceFile() {
    RuleCatalog catalog = RuleCatalog.load(ScalingRuleProviderTest.class.getClassLoader());
    assertThat(catalog.area("SCL")).containsExactlyElementsOf(ScalingRules.ALL);
    assertThat(ScalingRules.ALL).hasSize(10).allMatch(rule -> rule.tags().contains(RuleTags.SCALING));
    assertThat(new ScalingRuleProvider().rules()).isEqualTo(ScalingRules.ALL);
  }
}
