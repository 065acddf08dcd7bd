package dev.proarch.core.policy.branching;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the branching rules (PRO-BR) to the catalog. */
public final class BranchingRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return BranchingRules.descriptors();
  }
}
