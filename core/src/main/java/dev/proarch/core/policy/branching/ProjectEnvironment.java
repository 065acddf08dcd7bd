package dev.proarch.core.policy.branching;

import dev.proarch.core.model.EnvironmentType;
import java.util.Optional;
import org.immutables.value.Value;

/** One environment of a project: its name, tier, parent and status. */
@Value.Immutable
public abstract class ProjectEnvironment {

  public abstract EnvironmentName name();

  /**
   * The tier it belongs to: master, staging and production for those branches, integration for the
   * {@code integration} branch and every branch created below it.
   */
  public abstract EnvironmentType tier();

  /** The environment it was branched from; only master has none. */
  public abstract Optional<EnvironmentName> parent();

  public abstract EnvironmentStatus status();

  public static ImmutableProjectEnvironment.Builder builder() {
    return ImmutableProjectEnvironment.builder();
  }

  /** True for master, integration, staging and production, the branches every Pro project has. */
  public boolean isFixed() {
    return name().value().equals(tier().branchName());
  }

  public boolean isActive() {
    return status().isActive();
  }

  /** True when the environment is active and no activity is pending, so that it can be branched or synced. */
  public boolean isActiveAndIdle() {
    return status() == EnvironmentStatus.ACTIVE;
  }
}
