package dev.proarch.provisioning.guard;

import static dev.proarch.provisioning.Fixtures.dedicated;
import static dev.proarch.provisioning.Fixtures.paas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleId;
import dev.proarch.provisioning.BackupKind;
import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.Fixtures.ManualClock;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ProgressEvent;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.RestoreRequest;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.provisioning.inmemory.AvailabilitySample;
import dev.proarch.provisioning.inmemory.BackupRetention;
import dev.proarch.provisioning.inmemory.InMemoryProvisioner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProvisioningServiceTest {
  private static final ClusterTier PRO24 = ClusterTier.of(24);
  private static final EnvironmentId STAGING = EnvironmentId.of("staging");
  private static final EnvironmentId INTEGRATION = EnvironmentId.of("integration");

  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T10:00:00Z"));
  private final InMemoryProvisioner simulator = new InMemoryProvisioner(clock, BackupRetention.keepAll());
  private final List<ProgressEvent> events = new ArrayList<>();
  private final ProvisioningService guard = guard(EnumSet.allOf(ProviderCapability.class));

  @AfterEach
  void close() {
    guard.close();
  }

  @Test
  void provisioningAStagingClusterAppliesWithThreeServingNodesInThreeZones() {
    OperationReport report = guard.provision(ProvisionRequest.of(STAGING, dedicated(EnvironmentType.STAGING, ClusterTier.PRO12)));
    assertThat(report.status()).isEqualTo(OperationStatus.APPLIED);
    EnvironmentState state = report.environment().orElseThrow();
    assertThat(state.nodes()).extracting(NodeState::zone).containsExactly("zone-1", "zone-2", "zone-3");
    assertThat(state.servingNodes()).isEqualTo(3);
  }

  @Test
  void aThirdActiveIntegrationEnvironmentIsRefusedWithTheCapacityOfTheTable() {
    provision("integration", paas(EnvironmentType.INTEGRATION));
    provision("feature-1", paas(EnvironmentType.INTEGRATION));
    OperationReport third = guard.provision(ProvisionRequest.of(EnvironmentId.of("feature-2"), paas(EnvironmentType.INTEGRATION)));
    assertRefused(third, "PRO-PRV-004");
    assertThat(third.diagnostics().get(0).details())
        .containsEntry("capacity", String.valueOf(EnvironmentType.INTEGRATION.capabilities().activeBranchCapacity()))
        .containsEntry("active", "2");
    assertThat(simulator.environments()).hasSize(2);
  }

  @Test
  void everyTypeIsHeldToItsOwnCapacitySoASecondActiveStagingIsRefused() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    OperationReport second =
        guard.provision(ProvisionRequest.of(EnvironmentId.of("staging-2"), dedicated(EnvironmentType.STAGING, ClusterTier.PRO12)));
    assertRefused(second, "PRO-PRV-004");
    assertThat(second.diagnostics().get(0).message()).isEqualTo(
        "A project may have 1 active staging environment, and 1 is active already.");
  }

  @Test
  void aDeactivatedIntegrationEnvironmentFreesItsSlot() {
    provision("integration", paas(EnvironmentType.INTEGRATION));
    provision("feature-1", paas(EnvironmentType.INTEGRATION));
    assertThat(guard.deactivate(EnvironmentId.of("feature-1")).status()).isEqualTo(OperationStatus.APPLIED);
    assertThat(guard.provision(ProvisionRequest.of(EnvironmentId.of("feature-2"), paas(EnvironmentType.INTEGRATION))).status())
        .isEqualTo(OperationStatus.APPLIED);
  }

  @Test
  void aTierOnAPaasEnvironmentAndNoTierOnADedicatedOneAreRefused() {
    EnvironmentSpec integrationWithTier = dedicated(EnvironmentType.INTEGRATION, ClusterTier.PRO12);
    assertRefused(guard.provision(ProvisionRequest.of(INTEGRATION, integrationWithTier)), "PRO-PRV-005");
    assertRefused(guard.provision(ProvisionRequest.of(STAGING, paas(EnvironmentType.STAGING))), "PRO-PRV-005");
    assertThat(simulator.environments()).isEmpty();
  }

  @Test
  void theScaledArchitectureIsRefusedBelowPro48AndAcceptedFromIt() {
    EnvironmentSpec small = scaled(ClusterTier.of(45));
    assertRefused(guard.provision(ProvisionRequest.of(EnvironmentId.of("production"), small)), "PRO-PRV-006");
    OperationReport ok = guard.provision(ProvisionRequest.of(EnvironmentId.of("production"), scaled(ClusterTier.of(48))));
    assertThat(ok.status()).isEqualTo(OperationStatus.APPLIED);
    assertThat(ok.environment().orElseThrow().nodes()).hasSize(6);
  }

  @Test
  void scalingRunsCoresRollingPlanOneNodeAtATime() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    OperationReport report = guard.scale(ScaleRequest.of(STAGING, PRO24));
    assertThat(report.status()).isEqualTo(OperationStatus.APPLIED);
    assertThat(report.plan()).containsExactly(ScaleStep.of(1, PRO24), ScaleStep.of(2, PRO24), ScaleStep.of(3, PRO24));
    assertThat(report.completedSteps()).isEqualTo(report.plan());
    assertThat(report.environment().orElseThrow().uniformTier()).contains(PRO24);
    assertThat(simulator.timeline()).extracting(AvailabilitySample::servingNodes).containsOnly(2, 3);
    assertThat(events).extracting(ProgressEvent::message).anyMatch(message -> message.startsWith("finished step 3 of 3"));
  }

  @Test
  void aPlanTakingTwoNodesOutTogetherIsRefusedAndNeverReachesTheProvider() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    ScaleStep twoAtOnce = ScaleStep.builder().addNodeIds(1, 2).targetTier(PRO24).build();
    ScaleRequest request = ScaleRequest.builder().environmentId(STAGING).targetTier(PRO24)
        .addPlan(twoAtOnce, ScaleStep.of(3, PRO24)).build();
    int samplesBefore = simulator.timeline().size();
    OperationReport report = guard.scale(request);
    assertThat(report.status()).isEqualTo(OperationStatus.REFUSED);
    assertThat(report.diagnostics()).extracting(d -> d.ruleId().area()).contains("SCL");
    assertThat(simulator.timeline()).hasSize(samplesBefore);
  }

  @Test
  void aPlanLeavingANodeBehindIsRefused() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    ScaleRequest request = ScaleRequest.builder().environmentId(STAGING).targetTier(PRO24)
        .addPlan(ScaleStep.of(1, PRO24), ScaleStep.of(2, PRO24)).build();
    assertThat(guard.scale(request).status()).isEqualTo(OperationStatus.REFUSED);
  }

  @Test
  void scalingAPaasEnvironmentIsRefused() {
    provision("integration", paas(EnvironmentType.INTEGRATION));
    assertRefused(guard.scale(ScaleRequest.of(INTEGRATION, PRO24)), "PRO-PRV-005");
  }

  @Test
  void scalingAScaledClusterBelowPro48IsRefused() {
    provision("production", scaled(ClusterTier.of(48)));
    assertRefused(guard.scale(ScaleRequest.of(EnvironmentId.of("production"), PRO24)), "PRO-PRV-006");
  }

  @Test
  void aFailureMidPlanStopsAndReportsEveryNodeAndThePlanBack() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    assertThat(guard.scale(ScaleRequest.builder().environmentId(STAGING).targetTier(PRO24)
        .addPlan(ScaleStep.of(1, PRO24)).addPlan(ScaleStep.of(2, PRO24)).addPlan(ScaleStep.of(3, PRO24)).build())
        .status()).isEqualTo(OperationStatus.APPLIED);
    ClusterTier pro36 = ClusterTier.of(36);
    simulatorFailsAtStep(2);
    OperationReport report = guard.scale(ScaleRequest.of(STAGING, pro36));

    assertThat(report.status()).isEqualTo(OperationStatus.FAILED);
    assertThat(report.failure()).hasValueSatisfying(failure -> assertThat(failure).startsWith("provider inmemory:"));
    assertThat(report.completedSteps()).containsExactly(ScaleStep.of(1, pro36));
    assertThat(report.failedStep()).contains(ScaleStep.of(2, pro36));
    assertThat(report.notStartedSteps()).containsExactly(ScaleStep.of(3, pro36));
    EnvironmentState lastKnown = report.environment().orElseThrow();
    assertThat(lastKnown.nodes()).extracting(NodeState::id, NodeState::status, NodeState::tier).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, NodeStatus.SERVING, Optional.of(pro36)),
        org.assertj.core.groups.Tuple.tuple(2, NodeStatus.ROTATING, Optional.of(PRO24)),
        org.assertj.core.groups.Tuple.tuple(3, NodeStatus.SERVING, Optional.of(PRO24)));
    assertThat(report.recoveryPlan()).containsExactly(ScaleStep.of(2, PRO24), ScaleStep.of(1, PRO24));
  }

  @Test
  void theRecoveryPlanPassesTheGuardAndReturnsToASafeState() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    simulatorFailsAtStep(2);
    OperationReport failed = guard.scale(ScaleRequest.of(STAGING, PRO24));
    OperationReport recovered = guard.scale(ScaleRequest.builder().environmentId(STAGING).targetTier(ClusterTier.PRO12)
        .addAllPlan(failed.recoveryPlan()).build());
    assertThat(recovered.status()).isEqualTo(OperationStatus.APPLIED);
    EnvironmentState state = recovered.environment().orElseThrow();
    assertThat(state.isSettled()).isTrue();
    assertThat(state.uniformTier()).contains(ClusterTier.PRO12);
    assertThat(simulator.timeline()).extracting(AvailabilitySample::servingNodes).allMatch(serving -> serving >= 2);
  }

  @Test
  void aNewScaleOfAHalfRotatedClusterBringsTheStrandedNodeBackFirst() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    simulatorFailsAtStep(1);
    guard.scale(ScaleRequest.of(STAGING, PRO24));
    OperationReport report = guard.scale(ScaleRequest.of(STAGING, PRO24));
    assertThat(report.status()).isEqualTo(OperationStatus.APPLIED);
    assertThat(report.plan().get(0)).isEqualTo(ScaleStep.of(1, PRO24));
  }

  @Test
  void theKindOfBackupFollowsTheCapabilityTable() {
    provision("integration", paas(EnvironmentType.INTEGRATION));
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    for (EnvironmentId id : List.of(INTEGRATION, STAGING)) {
      boolean automatic = simulatorState(id).spec().type().capabilities().automaticBackups();
      BackupKind offered = automatic ? BackupKind.AUTOMATIC : BackupKind.MANUAL;
      BackupKind other = automatic ? BackupKind.MANUAL : BackupKind.AUTOMATIC;
      assertThat(guard.backup(BackupRequest.of(id, offered)).status()).isEqualTo(OperationStatus.APPLIED);
      assertRefused(guard.backup(BackupRequest.of(id, other)), "PRO-PRV-003");
    }
    assertThat(simulator.allBackups()).hasSize(2);
  }

  @Test
  void integrationIsNeverRestoredFromStagingButFromItsOwnSnapshot() {
    provision("integration", paas(EnvironmentType.INTEGRATION));
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    BackupRecord fromStaging = guard.backup(BackupRequest.of(STAGING, BackupKind.AUTOMATIC)).backup().orElseThrow();
    BackupRecord own = guard.backup(BackupRequest.of(INTEGRATION, BackupKind.MANUAL)).backup().orElseThrow();
    OperationReport refused = guard.restore(RestoreRequest.of(INTEGRATION, fromStaging));
    assertRefused(refused, "PRO-PRM-004");
    assertThat(refused.diagnostics()).allSatisfy(d -> assertThat(d.location().flatMap(l -> l.path()))
        .contains("environments/integration"));
    assertThat(guard.restore(RestoreRequest.of(INTEGRATION, own)).status()).isEqualTo(OperationStatus.APPLIED);
  }

  @Test
  void aManualSnapshotOlderThanSevenDaysIsNotRestoredByTheGuardsClock() {
    provision("integration", paas(EnvironmentType.INTEGRATION));
    BackupRecord snapshot = guard.backup(BackupRequest.of(INTEGRATION, BackupKind.MANUAL)).backup().orElseThrow();
    clock.advance(Duration.ofDays(7));
    assertThat(guard.restore(RestoreRequest.of(INTEGRATION, snapshot)).status()).isEqualTo(OperationStatus.APPLIED);
    clock.advance(Duration.ofSeconds(1));
    assertRefused(guard.restore(RestoreRequest.of(INTEGRATION, snapshot)), "PRO-BAK-008");
  }

  @Test
  void deletingAnActiveEnvironmentIsRefusedAndDeletingADeactivatedOneKeepsItsBackups() {
    provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
    BackupRecord backup = guard.backup(BackupRequest.of(STAGING, BackupKind.AUTOMATIC)).backup().orElseThrow();
    assertRefused(guard.delete(STAGING), "PRO-PRV-007");
    assertThat(guard.deactivate(STAGING).status()).isEqualTo(OperationStatus.APPLIED);
    assertThat(guard.delete(STAGING).status()).isEqualTo(OperationStatus.APPLIED);
    assertThat(simulator.environments()).isEmpty();
    assertThat(simulator.allBackups()).contains(backup);
  }

  @Test
  void anUnknownEnvironmentIsRefused() {
    assertRefused(guard.scale(ScaleRequest.of(STAGING, PRO24)), "PRO-PRV-007");
    assertRefused(guard.deactivate(STAGING), "PRO-PRV-007");
  }

  @Test
  void anOperationTheProviderDoesNotDeclareIsRefusedBeforeItIsCalled() {
    try (ProvisioningService noScaling = guard(EnumSet.complementOf(EnumSet.of(ProviderCapability.SCALE)))) {
      provision("staging", dedicated(EnvironmentType.STAGING, ClusterTier.PRO12));
      OperationReport report = noScaling.scale(ScaleRequest.of(STAGING, PRO24));
      assertRefused(report, "PRO-PRV-008");
      assertThat(simulatorState(STAGING).uniformTier()).contains(ClusterTier.PRO12);
    }
  }

  @Test
  void reportsAreTimedByTheInjectedClock() {
    OperationReport report = guard.provision(ProvisionRequest.of(STAGING, dedicated(EnvironmentType.STAGING, ClusterTier.PRO12)));
    assertThat(report.startedAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    assertThat(report.finishedAt()).isEqualTo(report.startedAt());
  }

  private ProvisioningService guard(Set<ProviderCapability> capabilities) {
    return ProvisioningService.builder().provisioner(simulator, capabilities).clock(clock).listener(events::add).build();
  }

  private void simulatorFailsAtStep(int step) {
    simulator.failStep(step, "the resize API answered 500");
  }

  private void provision(String id, EnvironmentSpec spec) {
    assertThat(guard.provision(ProvisionRequest.of(EnvironmentId.of(id), spec)).status()).isEqualTo(OperationStatus.APPLIED);
  }

  private EnvironmentState simulatorState(EnvironmentId id) {
    return simulator.environments().stream().filter(s -> s.environmentId().equals(id)).findFirst().orElseThrow();
  }

  private static EnvironmentSpec scaled(ClusterTier tier) {
    return EnvironmentSpec.builder()
        .type(EnvironmentType.PRODUCTION)
        .tier(tier)
        .commerceVersion(dev.proarch.core.version.CommerceVersion.of("2.4.7"))
        .scaledArchitecture(true)
        .build();
  }

  private static void assertRefused(OperationReport report, String ruleId) {
    assertThat(report.status()).isEqualTo(OperationStatus.REFUSED);
    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).contains(RuleId.of(ruleId));
    assertThat(report.environment()).isEmpty();
  }
}
