package dev.proarch.provisioning.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ProgressListener;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.provisioning.ScaleStepRequest;
import dev.proarch.provisioning.guard.OperationReport;
import dev.proarch.provisioning.guard.OperationStatus;
import dev.proarch.provisioning.guard.ProvisioningService;
import dev.proarch.provisioning.inmemory.BackupRetention;
import dev.proarch.provisioning.inmemory.InMemoryProvisioner;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A provider that stops answering in the middle of a plan. Time is virtual: the provider itself moves it
 * past the timeout, so the test asserts what the guard reports, never how long it waited.
 */
class GuardTimeoutTest {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final EnvironmentId STAGING = EnvironmentId.of("staging");
  private static final ClusterTier PRO24 = ClusterTier.of(24);

  private final VirtualTime time = new VirtualTime(Instant.parse("2026-11-26T10:00:00Z"));
  private final InMemoryProvisioner simulator = new InMemoryProvisioner(time.clock(), BackupRetention.keepAll());

  @Test
  void aStepThatHangsAfterTakingItsNodeOutIsReportedWithTheNodeStatesAndThePlanBack() throws ProvisioningException {
    simulator.provision(ProvisionRequest.of(STAGING, staging()), ProgressListener.NONE);
    Provisioner hangsAtStepTwo = new FaultyProviders.Delegating(simulator) {
      @Override
      public EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
          throws ProvisioningException {
        if (request.stepNumber() < 2) {
          return super.applyStep(request, listener);
        }
        simulator.failStep(request.stepNumber(), "the cloud API stopped answering");
        try {
          super.applyStep(request, listener); // takes the node out, then breaks
        } catch (ProvisioningException expected) {
          // the node is now out of service; from here the provider never answers
        }
        time.advance(TIMEOUT); // exactly to the deadline, so that the clock reads the same whoever looks first
        awaitInterrupt();
        throw new ProvisioningException(FaultyProviders.ID, "interrupted");
      }
    };
    try (ProvisioningService guard = ProvisioningService.builder()
        .provisioner(hangsAtStepTwo, EnumSet.allOf(ProviderCapability.class))
        .clock(time.clock())
        .scheduler(time.scheduler())
        .callTimeout(TIMEOUT)
        .build()) {
      OperationReport report = guard.scale(ScaleRequest.of(STAGING, PRO24));

      assertThat(report.status()).isEqualTo(OperationStatus.FAILED);
      assertThat(report.failure()).contains(
          "provider faulty: did not finish step 2 of 3 (node [2] to Pro24) on staging within PT10M");
      assertThat(report.completedSteps()).containsExactly(ScaleStep.of(1, PRO24));
      assertThat(report.failedStep()).contains(ScaleStep.of(2, PRO24));
      assertThat(report.notStartedSteps()).containsExactly(ScaleStep.of(3, PRO24));
      assertThat(report.environment().orElseThrow().nodes())
          .extracting(NodeState::status)
          .containsExactly(NodeStatus.SERVING, NodeStatus.ROTATING, NodeStatus.SERVING);
      assertThat(report.recoveryPlan()).containsExactly(ScaleStep.of(2, ClusterTier.PRO12), ScaleStep.of(1, ClusterTier.PRO12));
      assertThat(Duration.between(report.startedAt(), report.finishedAt())).isEqualTo(TIMEOUT);
      assertThat(time.pendingTimers()).isZero();
    }
  }

  private static void awaitInterrupt() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static EnvironmentSpec staging() {
    return EnvironmentSpec.builder()
        .type(EnvironmentType.STAGING)
        .tier(ClusterTier.PRO12)
        .commerceVersion(CommerceVersion.of("2.4.7"))
        .build();
  }
}
