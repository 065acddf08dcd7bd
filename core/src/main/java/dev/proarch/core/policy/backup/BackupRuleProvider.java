package dev.proarch.core.policy.backup;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the backup rules (PRO-BAK-xxx) to the rule catalog. */
public final class BackupRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return BackupRules.ALL;
  }
}
