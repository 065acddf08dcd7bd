package dev.proarch.core.model;

import static dev.proarch.core.model.EnvironmentType.INTEGRATION;
import static dev.proarch.core.model.EnvironmentType.MASTER;
import static dev.proarch.core.model.EnvironmentType.PRODUCTION;
import static dev.proarch.core.model.EnvironmentType.STAGING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every row of the seed's capability table, for every environment. Master's column is inferred (D-ENV-1);
 * staging's automatic backups follow D-ENV-2.
 */
class EnvironmentCapabilitiesTest {

  @Nested
  class SettingsManagementInTheUi {
    @Test
    void integrationYesStagingLimitedProductionLimitedMasterYes() {
      assertThat(INTEGRATION.capabilities().settingsManagementInUi()).isEqualTo(SettingsManagement.YES);
      assertThat(STAGING.capabilities().settingsManagementInUi()).isEqualTo(SettingsManagement.LIMITED);
      assertThat(PRODUCTION.capabilities().settingsManagementInUi()).isEqualTo(SettingsManagement.LIMITED);
      assertThat(MASTER.capabilities().settingsManagementInUi()).isEqualTo(SettingsManagement.YES);
    }
  }

  @Nested
  class MultipleBranches {
    @Test
    void onlyIntegrationHoldsMoreThanOneBranch() {
      assertThat(INTEGRATION.capabilities().multipleBranches()).isTrue();
      assertThat(STAGING.capabilities().multipleBranches()).isFalse();
      assertThat(PRODUCTION.capabilities().multipleBranches()).isFalse();
      assertThat(MASTER.capabilities().multipleBranches()).isFalse();
    }

    @Test
    void integrationHoldsTwoActiveBranchesAndTheOthersOne() {
      assertThat(INTEGRATION.capabilities().activeBranchCapacity()).isEqualTo(2);
      assertThat(STAGING.capabilities().activeBranchCapacity()).isEqualTo(1);
      assertThat(PRODUCTION.capabilities().activeBranchCapacity()).isEqualTo(1);
      assertThat(MASTER.capabilities().activeBranchCapacity()).isEqualTo(1);
    }
  }

  @Nested
  class YamlConfiguration {
    @Test
    void paasEnvironmentsUseYamlAndDedicatedOnesDoNot() {
      assertThat(INTEGRATION.capabilities().yamlConfiguration()).isTrue();
      assertThat(STAGING.capabilities().yamlConfiguration()).isFalse();
      assertThat(PRODUCTION.capabilities().yamlConfiguration()).isFalse();
      assertThat(MASTER.capabilities().yamlConfiguration()).isTrue();
    }
  }

  @Nested
  class DedicatedIaasHardware {
    @Test
    void stagingAndProductionRunOnDedicatedHardware() {
      assertThat(INTEGRATION.capabilities().dedicatedIaasHardware()).isFalse();
      assertThat(STAGING.capabilities().dedicatedIaasHardware()).isTrue();
      assertThat(PRODUCTION.capabilities().dedicatedIaasHardware()).isTrue();
      assertThat(MASTER.capabilities().dedicatedIaasHardware()).isFalse();
      assertThat(STAGING.capabilities().hosting()).isEqualTo(Hosting.DEDICATED_IAAS);
      assertThat(INTEGRATION.capabilities().hosting()).isEqualTo(Hosting.PAAS_CONTAINER);
      assertThat(MASTER.capabilities().hosting()).isEqualTo(Hosting.PAAS_CONTAINER);
    }
  }

  @Nested
  class FastlyCdn {
    @Test
    void onlyStagingAndProductionIncludeFastly() {
      assertThat(INTEGRATION.capabilities().fastlyCdn()).isFalse();
      assertThat(STAGING.capabilities().fastlyCdn()).isTrue();
      assertThat(PRODUCTION.capabilities().fastlyCdn()).isTrue();
      assertThat(MASTER.capabilities().fastlyCdn()).isFalse();
    }
  }

  @Nested
  class NewRelicService {
    @Test
    void stagingApmProductionApmAndNriOthersNone() {
      assertThat(INTEGRATION.capabilities().newRelic()).isEqualTo(NewRelic.NONE);
      assertThat(STAGING.capabilities().newRelic()).isEqualTo(NewRelic.APM);
      assertThat(PRODUCTION.capabilities().newRelic()).isEqualTo(NewRelic.APM_AND_NRI);
      assertThat(MASTER.capabilities().newRelic()).isEqualTo(NewRelic.NONE);
    }
  }

  @Nested
  class AutomaticBackups {
    @Test
    void stagingAndProductionAreBackedUpAutomatically() {
      assertThat(INTEGRATION.capabilities().automaticBackups()).isFalse();
      assertThat(STAGING.capabilities().automaticBackups()).isTrue();
      assertThat(PRODUCTION.capabilities().automaticBackups()).isTrue();
      assertThat(MASTER.capabilities().automaticBackups()).isFalse();
    }
  }

  @Test
  void stagingsAutomaticBackupsAreADecisionAndNoOtherValueIs() {
    assertThat(STAGING.capabilities().decidedValues()).containsOnlyKeys("automaticBackups");
    assertThat(PRODUCTION.capabilities().decidedValues()).isEmpty();
    assertThat(INTEGRATION.capabilities().decidedValues()).isEmpty();
  }

  @Test
  void onlyMastersColumnIsInferred() {
    assertThat(MASTER.capabilities().isInferred()).isTrue();
    assertThat(INTEGRATION.capabilities().isInferred()).isFalse();
    assertThat(STAGING.capabilities().isInferred()).isFalse();
    assertThat(PRODUCTION.capabilities().isInferred()).isFalse();
  }

  @Test
  void theFactoryReadsFastlyAndNewRelicFromTheCapabilities() {
    for (EnvironmentType environment : EnvironmentType.values()) {
      EnvironmentCapabilities capabilities = environment.capabilities();
      Node node = TopologyFactory.forEnvironment(environment, ClusterTier.PRO12,
          dev.proarch.core.version.CommerceVersion.of("2.4.7")).nodes().get(0);
      assertThat(node.runs(ServiceKind.FASTLY)).isEqualTo(capabilities.fastlyCdn());
      assertThat(node.runs(ServiceKind.NEW_RELIC_APM)).isEqualTo(capabilities.newRelic() != NewRelic.NONE);
      assertThat(node.runs(ServiceKind.NEW_RELIC_INFRASTRUCTURE))
          .isEqualTo(capabilities.newRelic() == NewRelic.APM_AND_NRI);
    }
  }

  @Test
  void promotedFromIsTheInverseOfPromotesTo() {
    assertThat(INTEGRATION.promotedFrom()).isEmpty();
    assertThat(STAGING.promotedFrom()).contains(INTEGRATION);
    assertThat(PRODUCTION.promotedFrom()).contains(STAGING);
    assertThat(MASTER.promotedFrom()).contains(PRODUCTION);
    for (EnvironmentType type : EnvironmentType.values()) {
      assertThat(type.promotesTo().flatMap(EnvironmentType::promotedFrom)).as("%s", type)
          .isEqualTo(type.promotesTo().isPresent() ? java.util.Optional.of(type) : java.util.Optional.empty());
    }
  }
}
