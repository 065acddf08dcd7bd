package dev.proarch.provisioning.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.provisioning.BackupKind;
import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.ProgressListener;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ProviderRegistry;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.provisioning.ScaleStepRequest;
import dev.proarch.provisioning.ServiceSpec;
import dev.proarch.provisioning.guard.OperationReport;
import dev.proarch.provisioning.guard.OperationStatus;
import dev.proarch.provisioning.guard.ProvisioningService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The contract every provisioning provider passes. A provider's test implements this interface and names
 * its provider; every test below is inherited:
 *
 * <pre>
 * class MyProviderTest implements ProvisionerContract {
 *   public ProvisionerProvider provider() { return new MyProvider(); }
 * }
 * </pre>
 *
 * <p>Each test builds a fresh provisioner with {@link #newProvisioner()}. Every call has a timeout ({@link
 * #callTimeout()}, fired by {@link #timeoutScheduler()}): a provider that hangs fails its test. Tests of
 * optional capabilities are skipped when the provider does not declare them.
 */
public interface ProvisionerContract {

  /** The provider under test. */
  ProvisionerProvider provider();

  /** The settings {@link #newProvisioner()} passes; none by default. */
  default ProviderConfig config() {
    return ProviderConfig.empty();
  }

  /** A fresh provisioner with no environments; override when creating one needs more than the config. */
  default Provisioner newProvisioner() throws ProvisioningException {
    return provider().create(config());
  }

  /** How long one call may take before the test fails. */
  default Duration callTimeout() {
    return Duration.ofMinutes(2);
  }

  /** Fires the timeouts; real time by default, {@link VirtualTime#scheduler()} in tests of timeouts. */
  default ScheduledExecutorService timeoutScheduler() {
    return KitCalls.REAL_TIME;
  }

  default Clock clock() {
    return Clock.systemUTC();
  }

  /** A dedicated environment to provision: staging on Pro12 with the usual services. */
  default EnvironmentSpec dedicatedSpec() {
    return EnvironmentSpec.builder()
        .type(EnvironmentType.STAGING)
        .tier(ClusterTier.PRO12)
        .commerceVersion(CommerceVersion.of("2.4.7"))
        .addServices(ServiceSpec.of("mysql", "10.6"), ServiceSpec.of("redis", "7.2"))
        .addServices(ServiceSpec.of("opensearch", "2"))
        .build();
  }

  /** The tier the scaling tests move to. */
  default ClusterTier largerTier() {
    return ClusterTier.of(24);
  }

  /** The guard the contract runs operations through, on this contract's clock, scheduler and timeout. */
  default ProvisioningService guard(Provisioner provisioner) {
    return ProvisioningService.builder()
        .provisioner(provisioner, provider().capabilities())
        .clock(clock())
        .scheduler(timeoutScheduler())
        .callTimeout(callTimeout())
        .build();
  }

  // ---- descriptor hygiene -------------------------------------------------------------------------

  @Test
  default void idIsWellFormed() {
    ProviderId id = provider().id();
    assertThat(id).as("provider id").isNotNull();
    assertThat(ProviderId.isWellFormed(id.value())).as("id '%s' is well formed", id).isTrue();
  }

  @Test
  default void displayNameIsOneLineWithoutTrailingPeriod() {
    String name = provider().displayName();
    assertThat(name).as("display name").isNotNull().isNotBlank().doesNotContain("\n").isEqualTo(name.strip());
    assertThat(name).as("display name").doesNotEndWith(".");
  }

  @Test
  default void declaresCapabilitiesIncludingProvision() {
    assertThat(provider().capabilities()).as("capabilities").isNotNull().contains(ProviderCapability.PROVISION);
    assertThatThrownBy(() -> provider().capabilities().add(ProviderCapability.DELETE))
        .as("the capability set is unmodifiable")
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  default void loadsIntoARegistryAtThisSpiVersion() {
    assertThat(provider().spiVersion()).isEqualTo(ProvisionerProvider.SPI_VERSION);
    assertThatCode(() -> ProviderRegistry.of(() -> List.of(provider()))).doesNotThrowAnyException();
  }

  // ---- provisioning, immutability, idempotence ----------------------------------------------------

  @Test
  default void provisionedEnvironmentMatchesTheSpec() throws ProvisioningException {
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-staging");
    assertThat(state.spec()).isEqualTo(dedicatedSpec());
    assertThat(state.nodes()).hasSizeGreaterThanOrEqualTo(ClusterTier.NODES);
    assertThat(state.nodes()).allSatisfy(node -> {
      assertThat(node.isServing()).as("node %s serves", node.id()).isTrue();
      assertThat(node.tier()).as("node %s tier", node.id()).isEqualTo(dedicatedSpec().tier());
    });
    assertThat(state.nodes().stream().map(NodeState::zone).distinct().count())
        .as("the three nodes spread over three zones")
        .isGreaterThanOrEqualTo(ClusterTier.NODES);
    assertThat(describe(provisioner, state.environmentId())).as("describe after provision").isEqualTo(state);
  }

  @Test
  default void resultsAreUnmodifiable() throws ProvisioningException {
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-immutable");
    List<EnvironmentState> all = KitCalls.call(this, "environments", provisioner::environments);
    assertThatThrownBy(() -> state.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  default void returnedStatesAreSnapshotsAndInputsStayUnchanged() throws ProvisioningException {
    assumeTrue(provider().capabilities().contains(ProviderCapability.SCALE), "the provider does not scale");
    Provisioner provisioner = newProvisioner();
    ProvisionRequest request = ProvisionRequest.of(EnvironmentId.of("contract-snapshot"), dedicatedSpec());
    ProvisionRequest copy = ProvisionRequest.of(request.environmentId(), request.spec());
    EnvironmentState before =
        KitCalls.call(this, "provision", () -> provisioner.provision(request, ProgressListener.NONE));
    EnvironmentState kept = EnvironmentState.builder()
        .environmentId(before.environmentId())
        .spec(before.spec())
        .status(before.status())
        .addAllNodes(before.nodes())
        .build();
    applyStep(provisioner, request.environmentId(), ScaleStep.of(1, largerTier()));
    assertThat(request).as("the request after provisioning").isEqualTo(copy);
    assertThat(before).as("a state returned earlier, after a later step").isEqualTo(kept);
  }

  @Test
  default void describeIsIdempotent() throws ProvisioningException {
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-describe");
    EnvironmentState first = describe(provisioner, state.environmentId());
    EnvironmentState second = describe(provisioner, state.environmentId());
    assertThat(second).isEqualTo(first);
    assertThat(KitCalls.call(this, "environments", provisioner::environments))
        .isEqualTo(KitCalls.call(this, "environments", provisioner::environments));
  }

  @Test
  default void retriedStepChangesNothing() throws ProvisioningException {
    assumeTrue(provider().capabilities().contains(ProviderCapability.SCALE), "the provider does not scale");
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-retry");
    ScaleStep step = ScaleStep.of(1, largerTier());
    EnvironmentState once = applyStep(provisioner, state.environmentId(), step);
    EnvironmentState twice = applyStep(provisioner, state.environmentId(), step);
    assertThat(twice).as("the state after the same step twice").isEqualTo(once);
    assertThat(once.node(1).flatMap(NodeState::tier)).isEqualTo(Optional.of(largerTier()));
    assertThat(describe(provisioner, state.environmentId())).isEqualTo(twice);
  }

  // ---- failures ------------------------------------------------------------------------------------

  @Test
  default void failuresAreProvisioningExceptionsNamingTheProvider() throws ProvisioningException {
    Provisioner provisioner = newProvisioner();
    EnvironmentId unknown = EnvironmentId.of("contract-no-such-environment");
    ProvisioningException failure = catchThrowableOfType(
        ProvisioningException.class, () -> describe(provisioner, unknown));
    assertThat(failure).as("describing an unknown environment fails with a ProvisioningException").isNotNull();
    assertThat(failure.providerId()).isEqualTo(provider().id());
    assertThat(provisioner.providerId()).isEqualTo(provider().id());
    if (provider().capabilities().contains(ProviderCapability.SCALE)) {
      ProvisioningException stepFailure = catchThrowableOfType(
          ProvisioningException.class, () -> applyStep(provisioner, unknown, ScaleStep.of(1, largerTier())));
      assertThat(stepFailure).as("a step on an unknown environment fails with a ProvisioningException").isNotNull();
      assertThat(stepFailure.providerId()).isEqualTo(provider().id());
    }
  }

  // ---- cooperation with the guard ------------------------------------------------------------------

  @Test
  default void followsTheGuardsRollingPlanStepByStep() throws ProvisioningException {
    assumeTrue(provider().capabilities().contains(ProviderCapability.SCALE), "the provider does not scale");
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-rolling");
    try (ProvisioningService guard = guard(provisioner)) {
      OperationReport report = guard.scale(ScaleRequest.of(state.environmentId(), largerTier()));
      assertThat(report.status())
          .as("scale report: %s", report.failure().orElse(""))
          .isEqualTo(OperationStatus.APPLIED);
      assertThat(report.completedSteps()).isEqualTo(report.plan()).hasSize(state.nodes().size());
      EnvironmentState after = report.environment().orElseThrow();
      assertThat(after.nodes()).allSatisfy(node -> {
        assertThat(node.isServing()).isTrue();
        assertThat(node.tier()).isEqualTo(Optional.of(largerTier()));
      });
      assertThat(describe(provisioner, state.environmentId())).isEqualTo(after);
    }
  }

  @Test
  default void backupsAreListedUnderTheirEnvironment() throws ProvisioningException {
    assumeTrue(provider().capabilities().contains(ProviderCapability.BACKUP), "the provider takes no backups");
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-backup");
    try (ProvisioningService guard = guard(provisioner)) {
      // The kind the capability table gives the environment, so that the guard lets it through.
      BackupKind kind =
          dedicatedSpec().type().capabilities().automaticBackups() ? BackupKind.AUTOMATIC : BackupKind.MANUAL;
      OperationReport report = guard.backup(BackupRequest.of(state.environmentId(), kind));
      assertThat(report.status())
          .as("backup report: %s", report.failure().orElse(""))
          .isEqualTo(OperationStatus.APPLIED);
      BackupRecord backup = report.backup().orElseThrow();
      assertThat(backup.environmentType()).isEqualTo(dedicatedSpec().type());
      assertThat(KitCalls.call(this, "backups", () -> provisioner.backups(state.environmentId()))).contains(backup);
    }
  }

  @Test
  default void deactivatedThenDeletedEnvironmentIsGone() throws ProvisioningException {
    assumeTrue(
        provider().capabilities().containsAll(List.of(ProviderCapability.DEACTIVATE, ProviderCapability.DELETE)),
        "the provider does not deactivate and delete");
    Provisioner provisioner = newProvisioner();
    EnvironmentState state = provisionDedicated(provisioner, "contract-delete");
    try (ProvisioningService guard = guard(provisioner)) {
      OperationReport deactivated = guard.deactivate(state.environmentId());
      assertThat(deactivated.status()).as("deactivate report: %s", deactivated.failure().orElse(""))
          .isEqualTo(OperationStatus.APPLIED);
      OperationReport deleted = guard.delete(state.environmentId());
      assertThat(deleted.status())
          .as("delete report: %s", deleted.failure().orElse(""))
          .isEqualTo(OperationStatus.APPLIED);
    }
    assertThat(KitCalls.call(this, "environments", provisioner::environments))
        .noneMatch(env -> env.environmentId().equals(state.environmentId()));
  }

  // ---- helpers -------------------------------------------------------------------------------------

  /** Provisions {@link #dedicatedSpec()} through the guard and asserts that it applied. */
  default EnvironmentState provisionDedicated(Provisioner provisioner, String id) {
    try (ProvisioningService guard = guard(provisioner)) {
      OperationReport report = guard.provision(ProvisionRequest.of(EnvironmentId.of(id), dedicatedSpec()));
      assertThat(report.status())
          .as("provision report: %s %s", report.failure().orElse(""), report.diagnostics())
          .isEqualTo(OperationStatus.APPLIED);
      return report.environment().orElseThrow();
    }
  }

  private EnvironmentState describe(Provisioner provisioner, EnvironmentId id) throws ProvisioningException {
    return KitCalls.call(this, "describe", () -> provisioner.describe(id));
  }

  private EnvironmentState applyStep(Provisioner provisioner, EnvironmentId id, ScaleStep step)
      throws ProvisioningException {
    ScaleStepRequest request =
        ScaleStepRequest.builder().environmentId(id).step(step).stepNumber(1).stepCount(1).build();
    return KitCalls.call(this, "applyStep", () -> provisioner.applyStep(request, ProgressListener.NONE));
  }
}
