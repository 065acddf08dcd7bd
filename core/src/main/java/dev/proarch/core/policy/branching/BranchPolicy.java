package dev.proarch.core.policy.branching;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies branch operations to a {@link ProjectEnvironments} state: every branching rule runs, and the
 * operation is accepted when no finding is an error. A refused operation leaves the state as it was.
 */
public final class BranchPolicy {
  private BranchPolicy() {}

  public static BranchOutcome apply(ProjectEnvironments state, BranchOperation operation) {
    BranchStep step = BranchStep.of(state, operation);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Rule<BranchStep> rule : BranchingRules.rules()) {
      diagnostics.addAll(rule.check(step));
    }
    List<Diagnostic> sorted = DiagnosticOrder.sorted(diagnostics);
    boolean accepted = sorted.stream().noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    return BranchOutcome.builder()
        .operation(operation)
        .addAllDiagnostics(sorted)
        .state(accepted ? transition(step) : state)
        .build();
  }

  /** Applies operations in turn, each to the state the previous one left; returns every outcome. */
  public static List<BranchOutcome> applyAll(ProjectEnvironments state, List<BranchOperation> operations) {
    List<BranchOutcome> outcomes = new ArrayList<>();
    ProjectEnvironments current = state;
    for (BranchOperation operation : operations) {
      BranchOutcome outcome = apply(current, operation);
      outcomes.add(outcome);
      current = outcome.state();
    }
    return List.copyOf(outcomes);
  }

  /**
   * Findings about a state itself, such as a legacy project with more active integration environments than
   * the current limit (docs/decisions.md D-BR-2).
   */
  public static List<Diagnostic> review(ProjectEnvironments state) {
    long active = state.activeIntegrationEnvironments();
    int capacity = state.activeIntegrationCapacity();
    if (active <= capacity) {
      return List.of();
    }
    return List.of(
        BranchingRules.AT_MOST_TWO_ACTIVE_INTEGRATION
            .diagnostic("The project has " + active + " active integration environments; at most " + capacity
                + " may be active.")
            .location(Location.ofPath(EnvironmentType.INTEGRATION.branchName()))
            .putDetails("actual", Long.toString(active))
            .putDetails("limit", Integer.toString(capacity))
            .build());
  }

  private static ProjectEnvironments transition(BranchStep step) {
    BranchOperation operation = step.operation();
    switch (operation.kind()) {
      case BRANCH:
      case PUSH:
        return step.state().with(
            ProjectEnvironment.builder()
                .name(operation.environment())
                .tier(EnvironmentType.INTEGRATION)
                .parent(operation.parent())
                .status(operation.kind() == BranchOperation.Kind.BRANCH
                    ? EnvironmentStatus.ACTIVE : EnvironmentStatus.INACTIVE)
                .build());
      case ACTIVATE:
        ProjectEnvironment target = step.target().orElseThrow();
        if (target.isActive()) {
          return step.state(); // already active: a no-op, and no re-parenting of a running environment
        }
        return step.state().with(
            changed(target, operation.parent().isPresent() ? operation.parent() : target.parent(), EnvironmentStatus.ACTIVE));
      case DEACTIVATE:
        ProjectEnvironment active = step.target().orElseThrow();
        return step.state().with(changed(active, active.parent(), EnvironmentStatus.INACTIVE));
      default:
        return step.state().without(operation.environment());
    }
  }

  private static ProjectEnvironment changed(
      ProjectEnvironment environment, Optional<EnvironmentName> parent, EnvironmentStatus status) {
    return ProjectEnvironment.builder()
        .name(environment.name())
        .tier(environment.tier())
        .parent(parent)
        .status(status)
        .build();
  }
}
