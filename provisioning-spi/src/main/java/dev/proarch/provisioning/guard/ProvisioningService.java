package dev.proarch.provisioning.guard;

import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.Operation;
import dev.proarch.provisioning.ProgressEvent;
import dev.proarch.provisioning.ProgressListener;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.RestoreRequest;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.provisioning.ScaleStepRequest;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.provisioning.internal.CorePlans;
import dev.proarch.provisioning.internal.GuardChecks;
import dev.proarch.provisioning.internal.RollingPlans;
import dev.proarch.provisioning.internal.StateChecks;
import dev.proarch.provisioning.internal.TimedCalls;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard in front of every provider. Each request is checked against the Pro architecture first: rules
 * PRO-PRV-001 and PRO-PRV-003 to PRO-PRV-008, with core's scaling (PRO-SCL) and restore (PRO-BAK) checks. A
 * refused request yields diagnostics and never reaches the provider. Scale plans run one step at a time; when a provider fails, times out or reports a state that contradicts the
 * step, the guard stops, reports which nodes are in which state and offers the rolling plan back to a safe
 * state. Every call returns exactly one {@link OperationReport} and never throws for a provider's failure.
 *
 * <p>Time comes from the injected {@link Clock}, provider calls run on the injected executor, and timeouts
 * fire from the injected scheduler, so tests drive time by hand.
 */
public final class ProvisioningService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningService.class);

  private final Provisioner provisioner;
  private final ProviderId providerId;
  private final GuardChecks checks;
  private final TimedCalls calls;
  private final Clock clock;
  private final ProgressListener listener;
  private final List<AutoCloseable> owned;

  private ProvisioningService(Builder builder) {
    this.provisioner = builder.provisioner;
    this.providerId = builder.provisioner.providerId();
    this.checks = new GuardChecks(builder.capabilities);
    this.clock = builder.clock;
    this.listener = safe(builder.listener);
    this.owned = List.copyOf(builder.owned);
    this.calls = new TimedCalls(providerId, builder.executor, builder.scheduler, builder.callTimeout);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ProviderId providerId() {
    return providerId;
  }

  public OperationReport provision(ProvisionRequest request) {
    Run run = new Run(Operation.PROVISION, request.environmentId());
    List<EnvironmentState> existing;
    try {
      existing = calls.call("listing environments", provisioner::environments);
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
    List<Diagnostic> refused = checks.provision(request, existing);
    if (!refused.isEmpty()) {
      return run.refused(refused);
    }
    try {
      EnvironmentState state =
          calls.call("provisioning " + request.environmentId(), () -> provisioner.provision(request, listener));
      return run.checked(StateChecks.provisioned(request, state), state);
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
  }

  /** Scales to the request's tier through a rolling plan, the guard's own or the request's after a check. */
  public OperationReport scale(ScaleRequest request) {
    Run run = new Run(Operation.SCALE, request.environmentId());
    Optional<EnvironmentState> found;
    try {
      found = lookup(request.environmentId());
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
    if (found.isEmpty()) {
      return run.refused(List.of(GuardChecks.unknown(request.environmentId())));
    }
    EnvironmentState before = found.get();
    List<Diagnostic> refused = checks.scale(request, before);
    if (!refused.isEmpty()) {
      return run.refused(refused);
    }
    boolean classic = CorePlans.isClassicCluster(before);
    List<ScaleStep> plan = !request.plan().isEmpty()
        ? request.plan()
        : classic ? CorePlans.plan(before, request.targetTier()) : RollingPlans.plan(before, request.targetTier());
    run.report.addAllPlan(plan);
    List<Diagnostic> badPlan = classic
        ? CorePlans.check(before, plan, request.targetTier())
        : RollingPlans.check(before, plan, request.targetTier());
    if (!badPlan.isEmpty()) {
      return run.refused(badPlan);
    }
    return runPlan(run, before, plan, request.targetTier());
  }

  public OperationReport backup(BackupRequest request) {
    Run run = new Run(Operation.BACKUP, request.environmentId());
    try {
      Optional<EnvironmentState> found = lookup(request.environmentId());
      if (found.isEmpty()) {
        return run.refused(List.of(GuardChecks.unknown(request.environmentId())));
      }
      List<Diagnostic> refused = checks.backup(request, found.get());
      if (!refused.isEmpty()) {
        return run.refused(refused);
      }
      BackupRecord backup =
          calls.call("backing up " + request.environmentId(), () -> provisioner.createBackup(request, listener));
      run.report.backup(backup);
      return run.checked(StateChecks.backedUp(request, backup), found.get());
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
  }

  public OperationReport restore(RestoreRequest request) {
    Run run = new Run(Operation.RESTORE, request.targetEnvironmentId());
    try {
      Optional<EnvironmentState> found = lookup(request.targetEnvironmentId());
      if (found.isEmpty()) {
        return run.refused(List.of(GuardChecks.unknown(request.targetEnvironmentId())));
      }
      List<Diagnostic> refused = checks.restore(request, found.get(), clock.instant());
      if (!refused.isEmpty()) {
        return run.refused(refused);
      }
      EnvironmentState state = calls.call(
          "restoring " + request.targetEnvironmentId(), () -> provisioner.restore(request, listener));
      return run.checked(StateChecks.stillActive(request.targetEnvironmentId(), state), state);
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
  }

  public OperationReport deactivate(EnvironmentId environmentId) {
    Run run = new Run(Operation.DEACTIVATE, environmentId);
    try {
      Optional<EnvironmentState> found = lookup(environmentId);
      if (found.isEmpty()) {
        return run.refused(List.of(GuardChecks.unknown(environmentId)));
      }
      List<Diagnostic> refused = checks.deactivate(found.get());
      if (!refused.isEmpty()) {
        return run.refused(refused);
      }
      EnvironmentState state =
          calls.call("deactivating " + environmentId, () -> provisioner.deactivate(environmentId, listener));
      return run.checked(StateChecks.deactivated(environmentId, state), state);
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
  }

  public OperationReport delete(EnvironmentId environmentId) {
    Run run = new Run(Operation.DELETE, environmentId);
    try {
      Optional<EnvironmentState> found = lookup(environmentId);
      if (found.isEmpty()) {
        return run.refused(List.of(GuardChecks.unknown(environmentId)));
      }
      List<Diagnostic> refused = checks.delete(found.get());
      if (!refused.isEmpty()) {
        return run.refused(refused);
      }
      calls.call("deleting " + environmentId, () -> {
        provisioner.delete(environmentId, listener);
        return Boolean.TRUE;
      });
      return run.applied(Optional.empty());
    } catch (ProvisioningException e) {
      return run.failed(e);
    }
  }

  /** Shuts down the executor and scheduler the builder created itself; injected ones are the host's. */
  @Override
  public void close() {
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("could not close {}", resource, e);
      }
    }
  }

  private OperationReport runPlan(Run run, EnvironmentState before, List<ScaleStep> plan, ClusterTier target) {
    EnvironmentState current = before;
    for (int index = 0; index < plan.size(); index++) {
      ScaleStep step = plan.get(index);
      ScaleStepRequest stepRequest = ScaleStepRequest.builder()
          .environmentId(before.environmentId())
          .step(step)
          .stepNumber(index + 1)
          .stepCount(plan.size())
          .build();
      String what = "step " + (index + 1) + " of " + plan.size() + " (" + step + ") on " + before.environmentId();
      EnvironmentState after;
      try {
        after = calls.call(what, () -> provisioner.applyStep(stepRequest, listener));
      } catch (ProvisioningException e) {
        return stopped(run, before, current, step, target, e.getMessage());
      }
      List<String> problems = StateChecks.stepped(current, step, after);
      if (!problems.isEmpty()) {
        return stopped(run, before, after, step, target,
            "provider " + providerId + " reported an inconsistent state after " + what + ": "
                + String.join("; ", problems));
      }
      run.report.addCompletedSteps(step);
      current = after;
      emit(before.environmentId(), "finished " + what);
    }
    return run.applied(Optional.of(current));
  }

  /**
   * Stops a plan: asks the provider where things stand (or, when it cannot say, marks the step's nodes
   * unknown) and offers the plan back to the tier every node had before, which is known to work.
   */
  private OperationReport stopped(
      Run run, EnvironmentState before, EnvironmentState lastSeen, ScaleStep step, ClusterTier target,
      String failure) {
    EnvironmentState lastKnown;
    try {
      lastKnown = calls.call(
          "describing " + before.environmentId(), () -> provisioner.describe(before.environmentId()));
    } catch (ProvisioningException e) {
      lastKnown = StateChecks.markUnknown(lastSeen, step.nodeIds());
    }
    ClusterTier safeTier = before.uniformTier().orElse(target);
    run.report.failedStep(step).environment(lastKnown).addAllRecoveryPlan(RollingPlans.recovery(lastKnown, safeTier));
    LOG.warn("{}; stopped the plan", failure);
    return run.failedWith(failure);
  }

  private Optional<EnvironmentState> lookup(EnvironmentId id) throws ProvisioningException {
    List<EnvironmentState> all = calls.call("listing environments", provisioner::environments);
    return all.stream().filter(state -> state.environmentId().equals(id)).findFirst();
  }

  private void emit(EnvironmentId id, String message) {
    listener.onEvent(ProgressEvent.of(providerId, id, clock.instant(), message));
  }

  private static ProgressListener safe(ProgressListener host) {
    return event -> {
      try {
        host.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("progress listener failed on '{}'", event.message(), e);
      }
    };
  }

  /** One operation in progress: collects the report. */
  private final class Run {
    final ImmutableOperationReport.Builder report;

    Run(Operation operation, EnvironmentId environmentId) {
      this.report = OperationReport.builder()
          .operation(operation)
          .providerId(providerId)
          .environmentId(environmentId)
          .startedAt(clock.instant());
    }

    OperationReport refused(List<Diagnostic> diagnostics) {
      return finish(report.status(OperationStatus.REFUSED).addAllDiagnostics(DiagnosticOrder.sorted(diagnostics)));
    }

    OperationReport failed(ProvisioningException e) {
      return failedWith(e.getMessage());
    }

    OperationReport failedWith(String failure) {
      return finish(report.status(OperationStatus.FAILED).failure(failure));
    }

    OperationReport checked(List<String> problems, EnvironmentState state) {
      if (problems.isEmpty()) {
        return applied(Optional.of(state));
      }
      report.environment(state);
      return failedWith("provider " + providerId + " reported an inconsistent state: " + String.join("; ", problems));
    }

    OperationReport applied(Optional<EnvironmentState> state) {
      state.ifPresent(report::environment);
      return finish(report.status(OperationStatus.APPLIED));
    }

    private OperationReport finish(ImmutableOperationReport.Builder builder) {
      return builder.finishedAt(clock.instant()).build();
    }
  }

  /** Builds a guard around one provisioner. */
  public static final class Builder {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    private Provisioner provisioner;
    private Set<ProviderCapability> capabilities;
    private Clock clock = Clock.systemUTC();
    private ExecutorService executor;
    private ScheduledExecutorService scheduler;
    private Duration callTimeout = DEFAULT_TIMEOUT;
    private ProgressListener listener = ProgressListener.NONE;
    private final List<AutoCloseable> owned = new ArrayList<>();

    private Builder() {}

    /** Creates the provisioner from a provider and takes the provider's declared capabilities. */
    public Builder provider(ProvisionerProvider provider, ProviderConfig config) throws ProvisioningException {
      return provisioner(provider.create(config), provider.capabilities());
    }

    public Builder provisioner(Provisioner provisioner, Set<ProviderCapability> capabilities) {
      this.provisioner = Objects.requireNonNull(provisioner, "provisioner");
      this.capabilities = Set.copyOf(capabilities);
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Runs provider calls; by default a cached pool of daemon threads that {@link #close()} shuts down. */
    public Builder executor(ExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Fires timeouts; by default one daemon thread that {@link #close()} shuts down. */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** How long one provider call (one step, one backup) may take; one hour by default. */
    public Builder callTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the call timeout must be positive, got " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    public Builder listener(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public ProvisioningService build() {
      if (provisioner == null) {
        throw new IllegalStateException("a provisioning service needs a provisioner");
      }
      if (executor == null) {
        ExecutorService pool = Executors.newCachedThreadPool(daemon("proarch-provider"));
        executor = pool;
        owned.add(pool::shutdownNow);
      }
      if (scheduler == null) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("proarch-timeout"));
        scheduler = timer;
        owned.add(timer::shutdownNow);
      }
      return new ProvisioningService(this);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
      return runnable -> {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
      };
    }
  }

}
