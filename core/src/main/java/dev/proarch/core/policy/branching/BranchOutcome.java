package dev.proarch.core.policy.branching;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import java.util.List;
import org.immutables.value.Value;

/** What an operation led to: its findings, in report order, and the state after it. */
@Value.Immutable
public abstract class BranchOutcome {

  public abstract BranchOperation operation();

  public abstract List<Diagnostic> diagnostics();

  /** The next state: changed when the operation is accepted, the same state when it is refused. */
  public abstract ProjectEnvironments state();

  public static ImmutableBranchOutcome.Builder builder() {
    return ImmutableBranchOutcome.builder();
  }

  /** True when no finding is an error. */
  public boolean accepted() {
    return diagnostics().stream().noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
  }
}
