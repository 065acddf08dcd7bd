package dev.proarch.cli;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleProvider;
import dev.proarch.core.rule.Severity;
import java.util.List;

/**
 * A test-only provider of one renamed rule. It is not listed in any services file on the class path; a test
 * puts it on a class loader of its own, so that the real catalog and docs/rules.md never see it.
 */
public final class RenamedRuleProvider implements RuleProvider {
  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        RuleDescriptor.builder()
            .id(RuleId.of("PRO-TST-002"))
            .addFormerIds(RuleId.of("PRO-TST-001"))
            .defaultSeverity(Severity.WARNING)
            .summary("A renamed test rule")
            .rationale("Shows that former ids resolve.")
            .source("test")
            .hint("None.")
            .build());
  }
}
