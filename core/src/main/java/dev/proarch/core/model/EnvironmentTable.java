package dev.proarch.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's capability table and the recommended uses and caveats of each environment, as data. Master
 * has no column in the seed; its values follow from its being an active PaaS environment that mirrors
 * production, and are marked inferred (docs/decisions.md D-ENV-1). Staging's automatic backups follow
 * D-ENV-2.
 */
final class EnvironmentTable {
  private static final String OVERVIEW = "Pro architecture (environment table)";
  private static final String MASTER_SECTION = "Master environment";
  private static final String INTEGRATION_SECTION = "Integration environment";
  private static final String STAGING_SECTION = "Staging environment";
  private static final String PRODUCTION_SECTION = "Production environment";

  private static final Map<EnvironmentType, EnvironmentCapabilities> TABLE = build();

  private EnvironmentTable() {}

  static EnvironmentCapabilities capabilities(EnvironmentType type) {
    return TABLE.get(type);
  }

  private static Map<EnvironmentType, EnvironmentCapabilities> build() {
    Map<EnvironmentType, EnvironmentCapabilities> table = new EnumMap<>(EnvironmentType.class);
    table.put(EnvironmentType.MASTER, master());
    table.put(EnvironmentType.INTEGRATION, integration());
    table.put(EnvironmentType.STAGING, staging());
    table.put(EnvironmentType.PRODUCTION, production());
    return table;
  }

  private static EnvironmentCapabilities master() {
    return EnvironmentCapabilities.builder()
        .settingsManagementInUi(SettingsManagement.YES)
        .multipleBranches(false)
        .yamlConfiguration(true)
        .dedicatedIaasHardware(false)
        .fastlyCdn(false)
        .newRelic(NewRelic.NONE)
        .automaticBackups(false)
        .hosting(Hosting.PAAS_CONTAINER)
        .activeBranchCapacity(1)
        .addAllRecommendedUses(List.of(
            SeedStatement.of(
                "Always push a copy of the Production code to the master environment so that you can"
                    + " debug the Production environment without interrupting services",
                MASTER_SECTION)))
        .addAllCaveats(List.of(
            SeedStatement.of("Do not create a branch based on the master branch", MASTER_SECTION),
            SeedStatement.of(
                "Do not use the master environment for development, UAT, or performance testing",
                MASTER_SECTION)))
        .inferredBecause(
            "The seed's table has no master column. Master is an active PaaS environment (seed: Master"
                + " environment) that mirrors production code, so it takes the PaaS values of the"
                + " integration column for hosting, hardware, Fastly, New Relic, backups, YAML and UI"
                + " settings, and holds exactly one branch.")
        .build();
  }

  private static EnvironmentCapabilities integration() {
    return EnvironmentCapabilities.builder()
        .settingsManagementInUi(SettingsManagement.YES)
        .multipleBranches(true)
        .yamlConfiguration(true)
        .dedicatedIaasHardware(false)
        .fastlyCdn(false)
        .newRelic(NewRelic.NONE)
        .automaticBackups(false)
        .hosting(Hosting.PAAS_CONTAINER)
        .activeBranchCapacity(2)
        .addAllRecommendedUses(List.of(
            SeedStatement.of(
                "Ensure that changes to continuous integration (CI) processes are Cloud compatible",
                INTEGRATION_SECTION),
            SeedStatement.of(
                "Test critical workflows on key pages like Home, Category, Product Details Page (PDP),"
                    + " Checkout, and Admin",
                INTEGRATION_SECTION)))
        .addAllCaveats(List.of(
            SeedStatement.of(
                "Fastly CDN and New Relic services are not accessible in an integration environment",
                INTEGRATION_SECTION),
            SeedStatement.of(
                "The integration environment architecture does not match the Production and Staging"
                    + " architecture",
                INTEGRATION_SECTION),
            SeedStatement.of(
                "Do not use the integration environment for development testing, performance testing,"
                    + " or user acceptance testing (UAT)",
                INTEGRATION_SECTION),
            SeedStatement.of(
                "Do not use the integration environment to test B2B for Adobe Commerce functionality",
                INTEGRATION_SECTION),
            SeedStatement.of(
                "You cannot restore the Integration database from Production or Staging",
                INTEGRATION_SECTION)))
        .build();
  }

  private static EnvironmentCapabilities staging() {
    return EnvironmentCapabilities.builder()
        .settingsManagementInUi(SettingsManagement.LIMITED)
        .multipleBranches(false)
        .yamlConfiguration(false)
        .dedicatedIaasHardware(true)
        .fastlyCdn(true)
        .newRelic(NewRelic.APM)
        .automaticBackups(true)
        .putDecidedValues(
            "automaticBackups",
            "D-ENV-2: the seed's table says No, but its own tip restores Pro Staging from an automatic backup")
        .hosting(Hosting.DEDICATED_IAAS)
        .activeBranchCapacity(1)
        .addAllRecommendedUses(List.of(
            SeedStatement.of("Regression testing against production data", STAGING_SECTION),
            SeedStatement.of("Performance testing with Fastly caching enabled", STAGING_SECTION),
            SeedStatement.of("Test new builds instead of patching in Production", STAGING_SECTION),
            SeedStatement.of("UAT testing for new builds", STAGING_SECTION),
            SeedStatement.of("Test B2B for Adobe Commerce", STAGING_SECTION),
            SeedStatement.of("Customize cron configuration and test cron jobs", STAGING_SECTION)))
        .addAllCaveats(List.of(
            SeedStatement.of(
                "After launching the Production site, use the Staging environment primarily to test"
                    + " patches for Production-critical bug fixes",
                STAGING_SECTION),
            SeedStatement.of(
                "You cannot create a branch from the staging branch. Instead, you push code changes"
                    + " from the integration branch to the staging branch",
                STAGING_SECTION)))
        .build();
  }

  private static EnvironmentCapabilities production() {
    return EnvironmentCapabilities.builder()
        .settingsManagementInUi(SettingsManagement.LIMITED)
        .multipleBranches(false)
        .yamlConfiguration(false)
        .dedicatedIaasHardware(true)
        .fastlyCdn(true)
        .newRelic(NewRelic.APM_AND_NRI)
        .automaticBackups(true)
        .hosting(Hosting.DEDICATED_IAAS)
        .activeBranchCapacity(1)
        .addAllRecommendedUses(List.of(
            SeedStatement.of(
                "Runs your public-facing single and multi-site storefronts", PRODUCTION_SECTION)))
        .addAllCaveats(List.of(
            SeedStatement.of(
                "You cannot create a branch from the production branch. Instead, you push code changes"
                    + " from the staging branch to the production branch",
                PRODUCTION_SECTION)))
        .build();
  }
}
