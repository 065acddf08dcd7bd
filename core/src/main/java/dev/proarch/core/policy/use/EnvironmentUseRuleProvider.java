package dev.proarch.core.policy.use;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the environment-use rules (PRO-ENV) to the catalog. */
public final class EnvironmentUseRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return EnvironmentUseRules.descriptors();
  }
}
