package dev.proarch.core.policy.promotion;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the promotion rules (PRO-PRM) to the catalog. */
public final class PromotionRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return PromotionRules.descriptors();
  }
}
