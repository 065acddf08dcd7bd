package dev.proarch.core.policy.use;

import dev.proarch.core.policy.integration.IntegrationRules;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableRuleDescriptor;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.stream.Stream;

/** The environment-use rules (PRO-ENV): one descriptor per seed statement that advises against a use. */
public final class EnvironmentUseRules {

  public static final RuleDescriptor MASTER_ONLY_FOR_DEBUGGING =
      descriptor("PRO-ENV-001", Severity.ERROR)
          .summary("Use master only to debug production with a copy of the production code")
          .rationale(
              "Master receives a copy of the production code so that production can be debugged without"
                  + " interrupting services; the seed rules out development, UAT and performance testing there.")
          .source("seed: Master environment")
          .hint("Develop on an integration branch and test on staging; keep master for debugging production.")
          .build();

  public static final RuleDescriptor INTEGRATION_NOT_FOR_FORMAL_TESTING =
      descriptor("PRO-ENV-002", Severity.ERROR)
          .summary("Do not use integration for development testing, performance testing or UAT")
          .rationale(
              "The integration architecture does not match staging and production and has no Fastly or New"
                  + " Relic, so test results there do not carry over.")
          .source("seed: Integration environment (caveats)")
          .hint("Run development testing, performance testing and UAT on staging.")
          .build();

  public static final RuleDescriptor INTEGRATION_NOT_FOR_B2B =
      descriptor("PRO-ENV-003", Severity.ERROR)
          .summary("Do not test B2B for Adobe Commerce on integration")
          .rationale("The seed rules out B2B testing on integration and recommends it on staging.")
          .source("seed: Integration environment (caveats); seed: Staging environment")
          .hint("Test B2B for Adobe Commerce on staging.")
          .build();

  public static final RuleDescriptor INTEGRATION_HAS_NO_PRODUCTION_DATA =
      descriptor("PRO-ENV-004", Severity.ERROR)
          .summary("Do not plan work that needs production data on integration")
          .rationale(
              "The integration database cannot be restored from production or staging, so regression testing"
                  + " against production data and debugging production cannot happen there.")
          .source("seed: Integration environment (caveats)")
          .hint("Run regression tests against production data on staging; debug production on master.")
          .build();

  public static final RuleDescriptor STAGING_AFTER_LAUNCH =
      descriptor("PRO-ENV-005", Severity.INFO)
          .summary("After launch use staging primarily to test patches for production-critical bug fixes")
          .rationale(
              "Once production is live, staging is the only near-production environment for validating"
                  + " urgent fixes; other work there competes with them.")
          .source("seed: Staging environment (caveats)")
          .hint("Schedule other staging work around production-critical patches.")
          .build();

  public static final RuleDescriptor DEVELOP_ON_INTEGRATION =
      descriptor("PRO-ENV-006", Severity.ERROR)
          .summary("Develop on integration branches, not on staging or production")
          .rationale(
              "Staging and production take no branches; code reaches them only by merge from the level below.")
          .source("seed: Staging environment (caveats); seed: Production environment (caveat)")
          .hint("Create an active branch from integration, develop there and merge up.")
          .build();

  public static final RuleDescriptor KEEP_TESTING_OFF_PRODUCTION =
      descriptor("PRO-ENV-007", Severity.ERROR)
          .summary("Keep testing and debugging off production")
          .rationale(
              "Production runs the public storefront; the seed tests new builds on staging instead of patching"
                  + " production and debugs production on master without interrupting services.")
          .source("seed: Production environment; seed: Staging environment; seed: Master environment")
          .hint("Test on staging; debug with a copy of production on master.")
          .build();

  private EnvironmentUseRules() {}

  /** Every PRO-ENV descriptor, in id order. */
  public static List<RuleDescriptor> descriptors() {
    return List.of(
        MASTER_ONLY_FOR_DEBUGGING,
        INTEGRATION_NOT_FOR_FORMAL_TESTING,
        INTEGRATION_NOT_FOR_B2B,
        INTEGRATION_HAS_NO_PRODUCTION_DATA,
        STAGING_AFTER_LAUNCH,
        DEVELOP_ON_INTEGRATION,
        KEEP_TESTING_OFF_PRODUCTION);
  }

  /**
   * One rule per descriptor an assessment can report, including PRO-INT-003 for cron testing on
   * integration. Each returns the findings of {@link EnvironmentUsePolicy#assess} that carry its id.
   */
  public static List<Rule<EnvironmentUse>> rules() {
    return Stream.concat(descriptors().stream(), Stream.of(IntegrationRules.CRON_ENABLED))
        .<Rule<EnvironmentUse>>map(UseRule::new)
        .toList();
  }

  private static ImmutableRuleDescriptor.Builder descriptor(String id, Severity severity) {
    return RuleDescriptor.builder()
        .id(RuleId.of(id))
        .defaultSeverity(severity)
        .addTags(RuleTags.ENVIRONMENT);
  }

  private static final class UseRule implements Rule<EnvironmentUse> {
    private final RuleDescriptor descriptor;

    UseRule(RuleDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public RuleDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public List<Diagnostic> check(EnvironmentUse use) {
      return EnvironmentUsePolicy.assess(use).diagnostics().stream()
          .filter(diagnostic -> diagnostic.ruleId().equals(descriptor.id()))
          .toList();
    }
  }
}
