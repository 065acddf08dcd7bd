package dev.proarch.provisioning;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.NodeRole;
import java.util.Optional;
import org.immutables.value.Value;

/** One node as the provider reports it: its 1-based number, zone, role, tier and status. */
@Value.Immutable
public abstract class NodeState {

  public abstract int id();

  /** The availability zone, such as {@code zone-1}. */
  public abstract String zone();

  public abstract NodeRole role();

  /** The tier the node runs at; empty for PaaS containers. */
  public abstract Optional<ClusterTier> tier();

  public abstract NodeStatus status();

  public static ImmutableNodeState.Builder builder() {
    return ImmutableNodeState.builder();
  }

  public boolean isServing() {
    return status() == NodeStatus.SERVING;
  }

  /** Serving, and sized for {@code tier}: a node a rolling resize to that tier has finished with. */
  public boolean isServingAt(ClusterTier tier) {
    return isServing() && tier().equals(Optional.of(tier));
  }

  /** The status and tier for messages, such as {@code serving at Pro12}. */
  public String describe() {
    return status().name().toLowerCase(java.util.Locale.ROOT) + (tier().isPresent() ? " at " + tier().get() : "");
  }

  public NodeState withStatus(NodeStatus status) {
    return ImmutableNodeState.copyOf(this).withStatus(status);
  }

  public NodeState withTier(ClusterTier tier) {
    return ImmutableNodeState.copyOf(this).withTier(tier);
  }

  @Value.Check
  protected void check() {
    if (id() < 1) {
      throw new IllegalArgumentException("node ids are 1-based, got " + id());
    }
    if (zone().isBlank()) {
      throw new IllegalArgumentException("node " + id() + " needs a zone");
    }
  }
}
