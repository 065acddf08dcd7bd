package dev.proarch.core.policy.branching;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** Existence, uniqueness and status of the environments an operation touches (platform-rules.md 2.2, 2.3). */
final class LifecycleChecks {
  private LifecycleChecks() {}

  static List<Diagnostic> uniqueName(BranchStep step) {
    if (!step.operation().creates() || step.target().isEmpty()) {
      return List.of();
    }
    return Findings.one(BranchingRules.UNIQUE_NAME, step,
        "An environment named '" + step.operation().environment() + "' already exists.");
  }

  static List<Diagnostic> known(BranchStep step) {
    BranchOperation operation = step.operation();
    if (!operation.creates() && step.target().isEmpty()) {
      return Findings.one(BranchingRules.KNOWN_ENVIRONMENT, step,
          "The project has no environment named '" + operation.environment() + "'.");
    }
    return operation.parent()
        .filter(parent -> step.state().find(parent).isEmpty())
        .map(parent -> Findings.one(BranchingRules.KNOWN_ENVIRONMENT, step,
            "The project has no environment named '" + parent + "' to use as parent."))
        .orElse(List.of());
  }

  static List<Diagnostic> fixedStay(BranchStep step) {
    BranchOperation.Kind kind = step.operation().kind();
    boolean removes = kind == BranchOperation.Kind.DEACTIVATE || kind == BranchOperation.Kind.DELETE;
    if (!removes || !step.target().map(ProjectEnvironment::isFixed).orElse(false)) {
      return List.of();
    }
    return Findings.one(BranchingRules.FIXED_ENVIRONMENTS_STAY, step,
        "'" + step.operation().environment() + "' is one of the four fixed environments and cannot be "
            + (kind == BranchOperation.Kind.DELETE ? "deleted." : "deactivated."));
  }

  static List<Diagnostic> deactivateBeforeDelete(BranchStep step) {
    if (step.operation().kind() != BranchOperation.Kind.DELETE
        || !step.target().map(ProjectEnvironment::isActive).orElse(false)) {
      return List.of();
    }
    return Findings.one(BranchingRules.DEACTIVATE_BEFORE_DELETE, step,
        "'" + step.operation().environment() + "' is active; deactivate it before deleting its branch.");
  }

  static List<Diagnostic> noOrphans(BranchStep step) {
    BranchOperation.Kind kind = step.operation().kind();
    if (kind != BranchOperation.Kind.DEACTIVATE && kind != BranchOperation.Kind.DELETE) {
      return List.of();
    }
    List<ProjectEnvironment> children = step.state().children(step.operation().environment());
    if (children.isEmpty()) {
      return List.of();
    }
    return Findings.one(BranchingRules.NO_ORPHANS, step,
        "'" + step.operation().environment() + "' has " + children.size() + " child environment"
            + (children.size() == 1 ? "" : "s") + ", such as '" + children.get(0).name() + "'.");
  }

  static List<Diagnostic> statusTransition(BranchStep step) {
    if (step.target().isEmpty()) {
      return List.of();
    }
    ProjectEnvironment target = step.target().get();
    switch (step.operation().kind()) {
      case ACTIVATE:
        if (target.isActive()) {
          // The platform answers with a no-op message, not a refusal.
          return List.of(Findings.build(BranchingRules.STATUS_TRANSITION, step,
              "'" + target.name() + "' is already active; nothing to do.").withSeverity(Severity.INFO));
        }
        return List.of();
      case DEACTIVATE:
        if (!target.isActiveAndIdle()) {
          return Findings.one(BranchingRules.STATUS_TRANSITION, step,
              "'" + target.name() + "' is " + target.status().label() + " and cannot be deactivated.");
        }
        return List.of();
      default:
        return List.of();
    }
  }
}
