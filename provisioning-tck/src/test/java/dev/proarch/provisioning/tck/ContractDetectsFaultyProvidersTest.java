package dev.proarch.provisioning.tck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.inmemory.InMemoryProvisioner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The kit must fail a faulty provider. Each test runs contract methods programmatically against a provider
 * with one fault and expects the contract's assertion to fail with a message that names the fault; the
 * same methods pass for the reference provider ({@link InMemoryProviderContractTest}).
 */
class ContractDetectsFaultyProvidersTest {

  @Test
  void aProviderThatThrowsUncheckedExceptionsFailsTheFailureContract() {
    ProvisionerContract contract = contract(FaultyProviders::throwing);
    assertThatThrownBy(contract::failuresAreProvisioningExceptionsNamingTheProvider)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("IllegalStateException")
        .hasMessageContaining("ProvisioningException");
  }

  @Test
  void aProviderThatThrowsMidPlanFailsTheRollingPlanContract() {
    ProvisionerContract contract = contract(FaultyProviders::throwing);
    assertThatThrownBy(contract::followsTheGuardsRollingPlanStepByStep)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed unexpectedly");
  }

  @Test
  void aProviderWhoseFailuresNameAnotherProviderFailsTheFailureContract() {
    ProvisionerContract contract = contract(FaultyProviders::namingAnotherProvider);
    assertThatThrownBy(contract::failuresAreProvisioningExceptionsNamingTheProvider)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("someone-else");
  }

  @Test
  void aProviderThatReportsAnInconsistentStateFailsTheRollingPlanContract() {
    ProvisionerContract contract = contract(FaultyProviders::leavingNodesRotating);
    assertThatThrownBy(contract::followsTheGuardsRollingPlanStepByStep)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("inconsistent state")
        .hasMessageContaining("node 1 should serve at Pro24 but is rotating at Pro24");
  }

  @Test
  void aProviderThatReturnsModifiableListsFailsTheImmutabilityContract() {
    ProvisionerContract contract = contract(FaultyProviders::modifiableResults);
    assertThatThrownBy(contract::resultsAreUnmodifiable).isInstanceOf(AssertionError.class);
  }

  @Test
  void aProviderWithATrailingPeriodInItsNameFailsTheDescriptorContract() {
    ProvisionerContract contract =
        () -> FaultyProviders.provider("Sloppy provider.", simulator -> new FaultyProviders.Delegating(simulator));
    assertThatThrownBy(contract::displayNameIsOneLineWithoutTrailingPeriod)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Sloppy provider.");
    assertThatThrownBy(contract::loadsIntoARegistryAtThisSpiVersion)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("trailing period");
  }

  @Test
  void aHangingProviderFailsByTimeoutOnVirtualTime() {
    VirtualTime time = new VirtualTime(Instant.parse("2026-11-26T10:00:00Z"));
    Duration timeout = Duration.ofMinutes(2);
    ProvisionerContract contract = new ProvisionerContract() {
      @Override
      public ProvisionerProvider provider() {
        return FaultyProviders.provider("Hanging provider", simulator -> FaultyProviders.hanging(simulator, time, timeout));
      }

      @Override
      public ScheduledExecutorService timeoutScheduler() {
        return time.scheduler();
      }

      @Override
      public Clock clock() {
        return time.clock();
      }

      @Override
      public Duration callTimeout() {
        return timeout;
      }
    };
    assertThatThrownBy(contract::retriedStepChangesNothing)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not finish applyStep within PT2M");
    assertThatThrownBy(contract::followsTheGuardsRollingPlanStepByStep)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not finish step 1 of 3");
  }

  @Test
  void theFaultFreeDelegateItselfPassesTheContractsUsedAbove() {
    ProvisionerContract contract = contract(simulator -> new FaultyProviders.Delegating(simulator));
    assertThatCode(() -> {
      contract.failuresAreProvisioningExceptionsNamingTheProvider();
      contract.followsTheGuardsRollingPlanStepByStep();
      contract.resultsAreUnmodifiable();
      contract.retriedStepChangesNothing();
      contract.loadsIntoARegistryAtThisSpiVersion();
    }).doesNotThrowAnyException();
  }

  private static ProvisionerContract contract(Function<InMemoryProvisioner, dev.proarch.provisioning.Provisioner> fault) {
    return () -> FaultyProviders.provider("Faulty provider", fault);
  }
}
