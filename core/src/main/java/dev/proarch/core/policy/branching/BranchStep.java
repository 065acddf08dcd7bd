package dev.proarch.core.policy.branching;

import java.util.Optional;
import org.immutables.value.Value;

/** An operation against a state: what the branching rules inspect. */
@Value.Immutable
public abstract class BranchStep {

  @Value.Parameter
  public abstract ProjectEnvironments state();

  @Value.Parameter
  public abstract BranchOperation operation();

  public static BranchStep of(ProjectEnvironments state, BranchOperation operation) {
    return ImmutableBranchStep.of(state, operation);
  }

  /** The environment the operation targets, if it exists. */
  public Optional<ProjectEnvironment> target() {
    return state().find(operation().environment());
  }

  /**
   * The parent the environment will have after the operation: the given parent, or on activation without
   * one, its current parent.
   */
  public Optional<ProjectEnvironment> effectiveParent() {
    Optional<EnvironmentName> parent =
        operation().parent().isPresent() ? operation().parent() : target().flatMap(ProjectEnvironment::parent);
    return parent.flatMap(name -> state().find(name));
  }
}
