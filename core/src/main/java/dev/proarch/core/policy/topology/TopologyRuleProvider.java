package dev.proarch.core.policy.topology;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the topology conformance rules, PRO-TOP-001 onwards, to the rule catalog. */
public final class TopologyRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return TopologyConformance.descriptors();
  }
}
