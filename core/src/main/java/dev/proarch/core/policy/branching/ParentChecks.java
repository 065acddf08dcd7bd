package dev.proarch.core.policy.branching;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import java.util.List;
import java.util.Optional;

/** Where a new or reactivated environment may hang in the tree (seed caveats; platform-rules.md 2.2). */
final class ParentChecks {
  private ParentChecks() {}

  /** Operations that give an environment a parent: creating it, or activating it. */
  private static boolean setsParent(BranchOperation operation) {
    return operation.creates() || operation.kind() == BranchOperation.Kind.ACTIVATE;
  }

  static List<Diagnostic> fromMaster(BranchStep step) {
    return parentTier(step)
        .filter(tier -> tier == EnvironmentType.MASTER)
        .map(tier -> Findings.one(BranchingRules.NO_BRANCH_FROM_MASTER, step,
            "'" + step.operation().environment() + "' would hang below master; branches must come from"
                + " integration."))
        .orElse(List.of());
  }

  static List<Diagnostic> fromStagingOrProduction(BranchStep step) {
    return parentTier(step)
        .filter(tier -> tier == EnvironmentType.STAGING || tier == EnvironmentType.PRODUCTION)
        .map(tier -> Findings.one(BranchingRules.NO_BRANCH_FROM_STAGING_OR_PRODUCTION, step,
            "'" + step.operation().environment() + "' would hang below " + tier.label()
                + ", which cannot be branched."))
        .orElse(List.of());
  }

  static List<Diagnostic> activeAndIdle(BranchStep step) {
    if (!step.operation().leavesActive() || alreadyActive(step)) {
      return List.of();
    }
    return step.effectiveParent()
        .filter(parent -> !parent.isActiveAndIdle())
        .map(parent -> Findings.one(BranchingRules.ACTIVE_IDLE_PARENT, step,
            "The parent '" + parent.name() + "' is " + parent.status().label()
                + "; it must be active and idle to clone data from."))
        .orElse(List.of());
  }

  private static boolean alreadyActive(BranchStep step) {
    return step.operation().kind() == BranchOperation.Kind.ACTIVATE
        && step.target().map(ProjectEnvironment::isActive).orElse(false);
  }

  /** The tier of the parent the environment would have, when the operation sets one and it exists. */
  private static Optional<EnvironmentType> parentTier(BranchStep step) {
    if (!setsParent(step.operation()) || step.target().map(ProjectEnvironment::isFixed).orElse(false)) {
      return Optional.empty();
    }
    return step.effectiveParent().map(ProjectEnvironment::tier);
  }
}
