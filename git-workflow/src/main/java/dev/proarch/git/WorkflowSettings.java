package dev.proarch.git;

import dev.proarch.core.model.EnvironmentType;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What the branch rules need beyond the repository: the branch mapping, and which integration-tier
 * branches are active. Activity is platform state, not Git state, so it comes from the caller (the API,
 * the multi-valued Git config key {@code proarch.active}, or {@code --active} on the command line).
 */
@Value.Immutable
public abstract class WorkflowSettings {

  @Value.Default
  public BranchMapping mapping() {
    return BranchMapping.defaults();
  }

  /** Short names of the branches that are active environments on the platform. */
  @Value.NaturalOrder
  public abstract SortedSet<String> activeBranches();

  /** How many integration-tier environments may be active at once; the capability table's value by default. */
  @Value.Default
  public int activeBranchCapacity() {
    return EnvironmentType.INTEGRATION.capabilities().activeBranchCapacity();
  }

  public static ImmutableWorkflowSettings.Builder builder() {
    return ImmutableWorkflowSettings.builder();
  }

  /** The default mapping, no active branches beyond integration, the table's capacity. */
  public static WorkflowSettings defaults() {
    return builder().build();
  }

  @Value.Check
  protected void check() {
    if (activeBranchCapacity() < 1) {
      throw new IllegalArgumentException("the active branch capacity must be at least 1");
    }
  }
}
