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
