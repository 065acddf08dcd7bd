package dev.proarch.core.policy.integration;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The integration best practices of the seed, as warnings. {@link #CRON_ENABLED} is also reported by the
 * YAML configuration validator, for a {@code crons} section on an integration branch.
 */
public final class IntegrationRules {
  private static final String SOURCE = "seed: Integration environment (best practices)";

  public static final RuleDescriptor CATALOG_SIZE =
      RuleDescriptor.builder()
          .id(RuleId.of("PRO-INT-001"))
          .defaultSeverity(Severity.WARNING)
          .summary("Keep the integration catalog to about 5,000 products or fewer")
          .rationale(
              "Integration runs in shared PaaS containers; the seed's best practice is to restrict catalog"
                  + " size, and the documented guidance is about 4,000 to 5,000 products.")
          .source(SOURCE + "; platform-rules.md 1.8")
          .hint("Load a reduced catalog on integration, or test with the full catalog on staging.")
          .addTags(RuleTags.INTEGRATION, RuleTags.ENVIRONMENT)
          .build();

  public static final RuleDescriptor CONCURRENT_USERS =
      RuleDescriptor.builder()
          .id(RuleId.of("PRO-INT-002"))
          .defaultSeverity(Severity.WARNING)
          .summary("Limit an integration environment to one or two concurrent users")
          .rationale(
              "The integration environment is sized for limited testing and development; the seed's best"
                  + " practice is one or two concurrent users.")
          .source(SOURCE)
          .hint("Move shared testing with more users to staging.")
          .addTags(RuleTags.INTEGRATION, RuleTags.ENVIRONMENT)
          .build();

  public static final RuleDescriptor CRON_ENABLED =
      RuleDescriptor.builder()
          .id(RuleId.of("PRO-INT-003"))
          .defaultSeverity(Severity.WARNING)
          .summary("Disable cron jobs on integration and run them by hand as needed")
          .rationale(
              "Scheduled cron jobs compete for the small integration containers; the seed's best practice is"
                  + " to disable them and run them manually, and to test cron configuration on staging.")
          .source(SOURCE)
          .hint("Remove or disable the crons on integration branches and run bin/magento cron:run when needed;"
              + " test cron jobs on staging.")
          .addTags(RuleTags.INTEGRATION, RuleTags.ENVIRONMENT, RuleTags.CONFIG)
          .build();

  private IntegrationRules() {}

  /** Every descriptor of this area, in id order. */
  public static List<RuleDescriptor> descriptors() {
    return List.of(CATALOG_SIZE, CONCURRENT_USERS, CRON_ENABLED);
  }

  /** The rules with the default thresholds. */
  public static List<Rule<IntegrationUsage>> rules() {
    return rules(IntegrationThresholds.defaults());
  }

  /** The rules with a project's own thresholds. */
  public static List<Rule<IntegrationUsage>> rules(IntegrationThresholds thresholds) {
    return List.of(
        new CatalogSizeRule(thresholds.maxCatalogProducts()),
        new ConcurrentUsersRule(thresholds.maxConcurrentUsers()),
        new CronEnabledRule());
  }

  /** Runs every rule over one usage; findings are not sorted. */
  public static List<Diagnostic> check(IntegrationUsage usage, IntegrationThresholds thresholds) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    rules(thresholds).forEach(rule -> diagnostics.addAll(rule.check(usage)));
    return List.copyOf(diagnostics);
  }

  static Optional<Location> location(IntegrationUsage usage) {
    return usage.environment().map(Location::ofPath);
  }

  private static final class CatalogSizeRule implements Rule<IntegrationUsage> {
    private final int max;

    CatalogSizeRule(int max) {
      this.max = max;
    }

    @Override
    public RuleDescriptor descriptor() {
      return CATALOG_SIZE;
    }

    @Override
    public List<Diagnostic> check(IntegrationUsage usage) {
      if (usage.catalogProducts().isEmpty() || usage.catalogProducts().getAsInt() <= max) {
        return List.of();
      }
      int products = usage.catalogProducts().getAsInt();
      return List.of(
          CATALOG_SIZE
              .diagnostic("The integration catalog has " + products + " products, more than the " + max
                  + " recommended.")
              .location(location(usage))
              .putDetails("actual", Integer.toString(products))
              .putDetails("limit", Integer.toString(max))
              .build());
    }
  }

  private static final class ConcurrentUsersRule implements Rule<IntegrationUsage> {
    private final int max;

    ConcurrentUsersRule(int max) {
      this.max = max;
    }

    @Override
    public RuleDescriptor descriptor() {
      return CONCURRENT_USERS;
    }

    @Override
    public List<Diagnostic> check(IntegrationUsage usage) {
      if (usage.concurrentUsers().isEmpty() || usage.concurrentUsers().getAsInt() <= max) {
        return List.of();
      }
      int users = usage.concurrentUsers().getAsInt();
      return List.of(
          CONCURRENT_USERS
              .diagnostic(users + " concurrent users are planned on integration, more than the " + max
                  + " recommended.")
              .location(location(usage))
              .putDetails("actual", Integer.toString(users))
              .putDetails("limit", Integer.toString(max))
              .build());
    }
  }

  private static final class CronEnabledRule implements Rule<IntegrationUsage> {
    @Override
    public RuleDescriptor descriptor() {
      return CRON_ENABLED;
    }

    @Override
    public List<Diagnostic> check(IntegrationUsage usage) {
      if (!usage.cronEnabled().orElse(false)) {
        return List.of();
      }
      return List.of(
          CRON_ENABLED
              .diagnostic("Cron jobs are left enabled on integration.")
              .location(location(usage))
              .build());
    }
  }
}
