package dev.proarch.core.policy.branching;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableDiagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.List;

/** Builds the one finding a branching check returns, located at the environment it concerns. */
final class Findings {
  private Findings() {}

  static List<Diagnostic> one(RuleDescriptor rule, BranchStep step, String message) {
    return List.of(build(rule, step, message));
  }

  static Diagnostic build(RuleDescriptor rule, BranchStep step, String message) {
    return start(rule, step, message).build();
  }

  /** A finding located at the operation's environment, with its operation and name as details. */
  static ImmutableDiagnostic.Builder start(RuleDescriptor rule, BranchStep step, String message) {
    BranchOperation operation = step.operation();
    return rule.diagnostic(message)
        .location(Location.ofPath(operation.environment().value()))
        .putDetails("operation", operation.kind().label())
        .putDetails("environment", operation.environment().value());
  }
}
