package dev.proarch.core.rule;

import java.util.List;

/**
 * How a module contributes its rules to the {@link RuleCatalog} without core depending on it: implement
 * this and name the class in {@code META-INF/services/dev.proarch.core.rule.RuleProvider}.
 */
public interface RuleProvider {

  /** The rules of this provider, as an explicit, reviewable list. */
  List<RuleDescriptor> rules();
}
