package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One step of a vertical scale: the nodes taken out of service and resized, the nodes serving meanwhile,
 * and the size of every node once the step is done (as the tier it is sized for). Nodes are numbered 1 to
 * 3. Any combination builds, so that {@link ScalePlanChecker} can judge plans that no planner would make.
 */
@Value.Immutable
public abstract class ScaleStep {

  /** The nodes out of service during this step, normally exactly one. */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> nodesDown();

  /** The nodes serving traffic and holding Galera quorum during this step. */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> nodesServing();

  /** Node number to the tier it is sized for after this step. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, ClusterTier> sizesAfter();

  /** The one node this step takes down, or empty when it takes none or several down. */
  public OptionalInt nodeDown() {
    return nodesDown().size() == 1 ? OptionalInt.of(nodesDown().first()) : OptionalInt.empty();
  }

  public static ImmutableScaleStep.Builder builder() {
    return ImmutableScaleStep.builder();
  }
}
