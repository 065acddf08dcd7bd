package dev.proarch.provisioning;

import dev.proarch.core.model.ClusterTier;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One step of a rolling scale: take the named nodes out of service, resize them to the target tier and
 * bring them back. A step of more than one node is representable so that a bad plan can be reported; the
 * guard runs only steps of exactly one node (PRO-PRV-001).
 */
@Value.Immutable
public abstract class ScaleStep {

  @Value.NaturalOrder
  public abstract SortedSet<Integer> nodeIds();

  public abstract ClusterTier targetTier();

  public static ImmutableScaleStep.Builder builder() {
    return ImmutableScaleStep.builder();
  }

  /** The usual step: one node to the target tier. */
  public static ScaleStep of(int nodeId, ClusterTier targetTier) {
    return builder().addNodeIds(nodeId).targetTier(targetTier).build();
  }

  @Value.Check
  protected void check() {
    if (nodeIds().isEmpty()) {
      throw new IllegalArgumentException("a scale step names at least one node");
    }
  }

  @Override
  public String toString() {
    return "node" + (nodeIds().size() == 1 ? " " : "s ") + nodeIds() + " to " + targetTier();
  }
}
