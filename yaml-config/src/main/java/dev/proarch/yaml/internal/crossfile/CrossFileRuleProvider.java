package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the project-wide configuration rules (PRO-CFG-100 to PRO-CFG-199) to the rule catalog. */
public final class CrossFileRuleProvider implements RuleProvider {

  @Override
  public List<RuleDescriptor> rules() {
    return CrossFileRules.ALL;
  }
}
