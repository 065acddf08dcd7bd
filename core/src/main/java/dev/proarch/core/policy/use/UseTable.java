package dev.proarch.core.policy.use;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.SeedStatement;
import dev.proarch.core.policy.integration.IntegrationRules;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The verdict for each environment and purpose before launch. Recommended uses and caveats are read from
 * {@link EnvironmentType#capabilities()}, the single source of the seed's table; only sentences the table
 * does not carry (each environment's "designed for" line and the integration best practices) are quoted
 * here. Launch changes only staging, in {@link EnvironmentUsePolicy}.
 */
final class UseTable {
  static final SeedStatement INTEGRATION_DESIGN =
      SeedStatement.of(
          "Integration environments are designed for limited testing and development before moving changes"
              + " to Staging and Production",
          "Integration environment");
  static final SeedStatement STAGING_DESIGN =
      SeedStatement.of(
          "The Staging environment matches the Production architecture and is designed for UAT, content"
              + " staging, and final review before pushing features to the Production environment",
          "Staging environment");
  static final SeedStatement CRONS_OFF_ON_INTEGRATION =
      SeedStatement.of("Disable cron jobs and manually run as needed", "Integration environment");

  /** One cell of the table. */
  record Entry(Verdict verdict, SeedStatement reason, Optional<RuleDescriptor> rule, String explanation) {}

  private UseTable() {}

  static Entry entry(EnvironmentType environment, Purpose purpose) {
    switch (environment) {
      case MASTER:
        return master(purpose);
      case INTEGRATION:
        return integration(purpose);
      case STAGING:
        return staging(purpose);
      default:
        return production(purpose);
    }
  }

  private static Entry master(Purpose purpose) {
    SeedStatement debug = recommended(EnvironmentType.MASTER, "debug the Production environment");
    switch (purpose) {
      case DEBUGGING_PRODUCTION:
        return recommended(debug, "Master holds a copy of the production code for exactly this.");
      case DEVELOPMENT:
      case USER_ACCEPTANCE_TESTING:
      case PERFORMANCE_TESTING:
        return notRecommended(
            caveat(EnvironmentType.MASTER, "development, UAT, or performance testing"),
            EnvironmentUseRules.MASTER_ONLY_FOR_DEBUGGING,
            "The seed rules this out on master; master is only for debugging production.");
      default:
        return notRecommended(
            debug,
            EnvironmentUseRules.MASTER_ONLY_FOR_DEBUGGING,
            "Debugging production is master's only documented use.");
    }
  }

  private static Entry integration(Purpose purpose) {
    switch (purpose) {
      case DEVELOPMENT:
        return recommended(INTEGRATION_DESIGN, "Develop on an integration branch and merge up to staging.");
      case CI_COMPATIBILITY:
        return recommended(
            recommended(EnvironmentType.INTEGRATION, "continuous integration (CI)"),
            "A recommended use of integration.");
      case CRITICAL_WORKFLOW_TESTING:
        return recommended(
            recommended(EnvironmentType.INTEGRATION, "Test critical workflows"),
            "A recommended use of integration: the limited testing it is designed for.");
      case DEVELOPMENT_TESTING:
      case USER_ACCEPTANCE_TESTING:
      case PERFORMANCE_TESTING:
        return notRecommended(
            caveat(EnvironmentType.INTEGRATION, "development testing, performance testing"),
            EnvironmentUseRules.INTEGRATION_NOT_FOR_FORMAL_TESTING,
            "Integration does not match the staging and production architecture; use staging.");
      case B2B_TESTING:
        return notRecommended(
            caveat(EnvironmentType.INTEGRATION, "B2B"),
            EnvironmentUseRules.INTEGRATION_NOT_FOR_B2B,
            "Test B2B for Adobe Commerce on staging.");
      case REGRESSION_TESTING_AGAINST_PRODUCTION_DATA:
      case DEBUGGING_PRODUCTION:
        return notRecommended(
            caveat(EnvironmentType.INTEGRATION, "restore the Integration database"),
            EnvironmentUseRules.INTEGRATION_HAS_NO_PRODUCTION_DATA,
            "Integration cannot hold production data; use staging for regression tests and master for"
                + " debugging production.");
      case CRON_TESTING:
        return notRecommended(
            CRONS_OFF_ON_INTEGRATION,
            IntegrationRules.CRON_ENABLED,
            "Keep cron jobs disabled on integration; customize and test them on staging.");
      case CONTENT_STAGING:
        return allowed(STAGING_DESIGN, "The seed designs staging, not integration, for content staging.");
      case TESTING_NEW_BUILDS:
        return allowed(
            recommended(EnvironmentType.STAGING, "Test new builds"),
            "Integration builds every push, but the seed tests new builds on staging, which matches"
                + " production.");
      default:
        return allowed(
            INTEGRATION_DESIGN, "Develop the fix on an integration branch, then test it on staging.");
    }
  }

  private static Entry staging(Purpose purpose) {
    switch (purpose) {
      case REGRESSION_TESTING_AGAINST_PRODUCTION_DATA:
        return recommendedOnStaging("Regression testing");
      case PERFORMANCE_TESTING:
        return recommendedOnStaging("Performance testing");
      case TESTING_NEW_BUILDS:
        return recommendedOnStaging("Test new builds");
      case USER_ACCEPTANCE_TESTING:
        return recommendedOnStaging("UAT testing");
      case B2B_TESTING:
        return recommendedOnStaging("Test B2B");
      case CRON_TESTING:
        return recommendedOnStaging("test cron jobs");
      case CONTENT_STAGING:
        return recommended(STAGING_DESIGN, "Staging is designed for content staging.");
      case PRODUCTION_CRITICAL_PATCHES:
        return recommended(
            caveat(EnvironmentType.STAGING, "Production-critical bug fixes"),
            "Staging is where production-critical patches are tested.");
      case DEVELOPMENT:
        return notRecommended(
            caveat(EnvironmentType.STAGING, "cannot create a branch from the staging branch"),
            EnvironmentUseRules.DEVELOP_ON_INTEGRATION,
            "Code reaches staging only by merge from integration.");
      case DEVELOPMENT_TESTING:
        return allowed(
            STAGING_DESIGN,
            "Integration rules out development testing; staging is the near-production environment for it.");
      case DEBUGGING_PRODUCTION:
        return allowed(
            recommended(EnvironmentType.MASTER, "debug the Production environment"),
            "The seed keeps a copy of production on master for debugging.");
      default:
        return allowed(
            recommended(EnvironmentType.INTEGRATION, purpose == Purpose.CI_COMPATIBILITY
                ? "continuous integration (CI)" : "Test critical workflows"),
            "The seed recommends this on integration; staging can run it too.");
    }
  }

  private static Entry production(Purpose purpose) {
    switch (purpose) {
      case DEVELOPMENT:
        return notRecommended(
            caveat(EnvironmentType.PRODUCTION, "cannot create a branch from the production branch"),
            EnvironmentUseRules.DEVELOP_ON_INTEGRATION,
            "Code reaches production only by merge from staging.");
      case DEBUGGING_PRODUCTION:
        return notRecommended(
            recommended(EnvironmentType.MASTER, "debug the Production environment"),
            EnvironmentUseRules.KEEP_TESTING_OFF_PRODUCTION,
            "Debug a copy of production on master so that the live storefront is not interrupted.");
      case PRODUCTION_CRITICAL_PATCHES:
      case TESTING_NEW_BUILDS:
        return notRecommended(
            recommended(EnvironmentType.STAGING, "Test new builds"),
            EnvironmentUseRules.KEEP_TESTING_OFF_PRODUCTION,
            "Test builds and patches on staging instead of patching production.");
      case CONTENT_STAGING:
        return allowed(
            STAGING_DESIGN, "Content is published on production, but staged and reviewed on staging first.");
      case CRITICAL_WORKFLOW_TESTING:
        return allowed(
            recommended(EnvironmentType.PRODUCTION, "public-facing"),
            "Checking key pages after a deployment is fine; systematic testing belongs on integration and"
                + " staging.");
      default:
        return notRecommended(
            recommended(EnvironmentType.PRODUCTION, "public-facing"),
            EnvironmentUseRules.KEEP_TESTING_OFF_PRODUCTION,
            "Production runs the public storefront; test on staging.");
    }
  }

  private static Entry recommendedOnStaging(String phrase) {
    return recommended(recommended(EnvironmentType.STAGING, phrase), "A recommended use of staging.");
  }

  private static Entry recommended(SeedStatement reason, String explanation) {
    return new Entry(Verdict.RECOMMENDED, reason, Optional.empty(), explanation);
  }

  private static Entry allowed(SeedStatement reason, String explanation) {
    return new Entry(Verdict.ALLOWED, reason, Optional.empty(), explanation);
  }

  private static Entry notRecommended(SeedStatement reason, RuleDescriptor rule, String explanation) {
    return new Entry(Verdict.NOT_RECOMMENDED, reason, Optional.of(rule), explanation);
  }

  /** The recommended use of an environment that contains the phrase, from the capability table. */
  static SeedStatement recommended(EnvironmentType environment, String phrase) {
    return find(environment.capabilities().recommendedUses().stream(), environment, phrase);
  }

  /** The caveat of an environment that contains the phrase, from the capability table. */
  static SeedStatement caveat(EnvironmentType environment, String phrase) {
    return find(environment.capabilities().caveats().stream(), environment, phrase);
  }

  private static SeedStatement find(Stream<SeedStatement> statements, EnvironmentType environment, String phrase) {
    // A missing phrase means the capability table and this table drifted apart: a bug, caught by tests.
    return statements
        .filter(statement -> statement.text().contains(phrase))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "the capability table of " + environment.label() + " has no statement containing '" + phrase + "'"));
  }

}
