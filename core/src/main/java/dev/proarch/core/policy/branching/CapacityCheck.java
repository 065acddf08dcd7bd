package dev.proarch.core.policy.branching;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import java.util.List;

/** At most two active integration-tier environments (seed: Pro architecture; platform-rules.md 1.1, 1.3). */
final class CapacityCheck {
  private CapacityCheck() {}

  static List<Diagnostic> check(BranchStep step) {
    if (!step.operation().leavesActive() || step.target().map(ProjectEnvironment::isActive).orElse(false)) {
      return List.of();
    }
    boolean integrationTier =
        step.operation().creates() || step.target().map(e -> e.tier() == EnvironmentType.INTEGRATION).orElse(false);
    long after = step.state().activeIntegrationEnvironments() + 1;
    int capacity = step.state().activeIntegrationCapacity();
    if (!integrationTier || after <= capacity) {
      return List.of();
    }
    return List.of(
        Findings.start(BranchingRules.AT_MOST_TWO_ACTIVE_INTEGRATION, step,
                "Activating '" + step.operation().environment() + "' would make " + after
                    + " active integration environments; at most " + capacity + " may be active.")
            .putDetails("actual", Long.toString(after))
            .putDetails("limit", Integer.toString(capacity))
            .putDetails("enhancedIntegration", Boolean.toString(step.state().enhancedIntegration()))
            .build());
  }
}
