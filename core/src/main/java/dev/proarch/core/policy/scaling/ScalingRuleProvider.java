package dev.proarch.core.policy.scaling;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the scaling rules (PRO-SCL-xxx) to the rule catalog. */
public final class ScalingRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return ScalingRules.ALL;
  }
}
