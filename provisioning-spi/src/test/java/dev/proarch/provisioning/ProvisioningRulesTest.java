package dev.proarch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProvisioningRulesTest {

  @Test
  void theCatalogListsEveryGuardRuleFromTheServicesFile() {
    RuleCatalog catalog = RuleCatalog.load();
    assertThat(catalog.area("PRV")).extracting(rule -> rule.id().value())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 8).mapToObj(n -> String.format("PRO-PRV-%03d", n)).toList());
    assertThat(catalog.area("PRV")).allSatisfy(rule -> assertThat(rule.tags()).contains(RuleTags.PROVISIONING));
  }

  @Test
  void everyRuleCitesASource() {
    assertThat(RuleCatalog.load().area("PRV")).extracting(RuleDescriptor::source)
        .allSatisfy(source -> assertThat(source).containsAnyOf("seed:", "platform-rules.md", "README.md"));
  }
}
