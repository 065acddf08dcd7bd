package dev.proarch.provisioning.guard;

import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.Operation;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.core.rule.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the guard did with one request. Every request yields exactly one report, so nothing is lost or left
 * half-applied without one: a refusal carries its diagnostics; a failure carries the provider's message,
 * the steps that ran and did not run, the state of every node as last known, and a recovery plan.
 */
@Value.Immutable
public abstract class OperationReport {

  public abstract Operation operation();

  public abstract ProviderId providerId();

  public abstract EnvironmentId environmentId();

  public abstract OperationStatus status();

  /** Why the guard refused, sorted with {@code DiagnosticOrder}; empty unless refused. */
  public abstract List<Diagnostic> diagnostics();

  /** The environment after the operation, or as last known after a failure (unknown nodes marked so). */
  public abstract Optional<EnvironmentState> environment();

  /** The backup a backup operation created. */
  public abstract Optional<BackupRecord> backup();

  /** The plan the guard checked and ran, for scale operations. */
  public abstract List<ScaleStep> plan();

  /** The steps the provider finished, in order. */
  public abstract List<ScaleStep> completedSteps();

  /** The step that failed or timed out. */
  public abstract Optional<ScaleStep> failedStep();

  /** The provider's failure, naming the provider. */
  public abstract Optional<String> failure();

  /**
   * After a failure: the rolling plan that brings every node back to serving at one tier, to run as a
   * {@link ScaleRequest} with this plan.
   */
  public abstract List<ScaleStep> recoveryPlan();

  public abstract Instant startedAt();

  public abstract Instant finishedAt();

  public static ImmutableOperationReport.Builder builder() {
    return ImmutableOperationReport.builder();
  }

  public boolean isApplied() {
    return status() == OperationStatus.APPLIED;
  }

  /** The steps of the plan that never ran: neither completed nor the failed one. */
  public List<ScaleStep> notStartedSteps() {
    int started = completedSteps().size() + (failedStep().isPresent() ? 1 : 0);
    return plan().subList(Math.min(started, plan().size()), plan().size());
  }

  @Value.Check
  protected void check() {
    if (status() == OperationStatus.REFUSED && diagnostics().isEmpty()) {
      throw new IllegalArgumentException("a refused " + operation().label() + " needs diagnostics");
    }
    if (status() == OperationStatus.FAILED && failure().isEmpty()) {
      throw new IllegalArgumentException("a failed " + operation().label() + " needs the failure");
    }
    if (finishedAt().isBefore(startedAt())) {
      throw new IllegalArgumentException("an operation cannot finish before it starts");
    }
  }
}
