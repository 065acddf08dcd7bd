package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import org.junit.jupiter.api.Test;

class BackupRuleProviderTest {

  @Test
  void theCatalogLoadsEveryBackupRuleThroughTheServiceFile() {
    RuleCatalog catalog = RuleCatalog.load(BackupRuleProviderTest.class.getClassLoader());
    assertThat(catalog.area("BAK")).containsExactlyElementsOf(BackupRules.ALL);
    assertThat(BackupRules.ALL).extracting(rule -> rule.id().value())
        .containsExactly("PRO-BAK-001", "PRO-BAK-002", "PRO-BAK-003", "PRO-BAK-004",
            "PRO-BAK-006", "PRO-BAK-007", "PRO-BAK-008", "PRO-BAK-009");
    assertThat(BackupRules.ALL).allMatch(rule -> rule.tags().contains(RuleTags.BACKUP));
    assertThat(new BackupRuleProvider().rules()).isEqualTo(BackupRules.ALL);
  }

  @Test
  void everyRuleNamesItsSource() {
    assertThat(BackupRules.ALL).extracting(RuleDescriptor::source).allMatch(source -> !source.isBlank());
  }
}
