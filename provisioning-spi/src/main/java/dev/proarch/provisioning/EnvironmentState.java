package dev.proarch.provisioning;

import dev.proarch.core.model.ClusterTier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** An environment as the provider reports it after an operation. */
@Value.Immutable
public abstract class EnvironmentState {

  public abstract EnvironmentId environmentId();

  public abstract EnvironmentSpec spec();

  public abstract EnvironmentStatus status();

  /** The nodes in id order. */
  public abstract List<NodeState> nodes();

  public static ImmutableEnvironmentState.Builder builder() {
    return ImmutableEnvironmentState.builder();
  }

  public boolean isActive() {
    return status() == EnvironmentStatus.ACTIVE;
  }

  public long servingNodes() {
    return nodes().stream().filter(NodeState::isServing).count();
  }

  public Optional<NodeState> node(int id) {
    return nodes().stream().filter(node -> node.id() == id).findFirst();
  }

  /** True when every node serves at the same tier: nothing is half-applied. */
  public boolean isSettled() {
    return nodes().stream().allMatch(NodeState::isServing)
        && nodes().stream().map(NodeState::tier).distinct().count() <= 1;
  }

  /** The tier all nodes share, if they share one. */
  public Optional<ClusterTier> uniformTier() {
    List<Optional<ClusterTier>> tiers = nodes().stream().map(NodeState::tier).distinct().toList();
    return tiers.size() == 1 ? tiers.get(0) : Optional.empty();
  }

  public EnvironmentState withNodes(List<NodeState> nodes) {
    // copyOf always yields the generated class; the cast reaches its Iterable wither, not this method.
    return ((ImmutableEnvironmentState) ImmutableEnvironmentState.copyOf(this)).withNodes((Iterable<NodeState>) nodes);
  }

  public EnvironmentState withSpec(EnvironmentSpec spec) {
    return ImmutableEnvironmentState.copyOf(this).withSpec(spec);
  }

  public EnvironmentState withStatus(EnvironmentStatus status) {
    return ImmutableEnvironmentState.copyOf(this).withStatus(status);
  }

  @Value.Check
  protected void check() {
    Set<Integer> seen = new HashSet<>();
    int previous = 0;
    for (NodeState node : nodes()) {
      if (!seen.add(node.id()) || node.id() < previous) {
        throw new IllegalArgumentException(
            environmentId() + ": node ids must be unique and in ascending order, got " + node.id());
      }
      previous = node.id();
    }
  }
}
