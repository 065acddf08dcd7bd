package dev.proarch.yaml.internal.rules;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleProvider;
import java.util.List;

/** Contributes the per-file configuration rules (PRO-CFG-001 to PRO-CFG-099) to the rule catalog. */
public final class YamlConfigRuleProvider implements RuleProvider {

  @Override
  public List<RuleDescriptor> rules() {
    return ConfigRules.ALL;
  }
}
