package dev.proarch.core.policy.integration;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the integration best-practice rules (PRO-INT) to the catalog. */
public final class IntegrationRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return IntegrationRules.descriptors();
  }
}
