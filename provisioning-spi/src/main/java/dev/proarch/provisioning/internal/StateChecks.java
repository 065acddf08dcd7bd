package dev.proarch.provisioning.internal;

import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.EnvironmentStatus;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.ScaleStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether what a provider reports after an operation is consistent with what it was asked to do. Each
 * method returns the contradictions found, in words; an empty list means consistent.
 */
public final class StateChecks {
  private StateChecks() {}

  public static List<String> provisioned(ProvisionRequest request, EnvironmentState state) {
    List<String> problems = new ArrayList<>(sameEnvironment(request.environmentId(), state));
    if (!state.spec().equals(request.spec())) {
      problems.add("the environment's spec differs from the requested one");
    }
    if (!state.isActive()) {
      problems.add("a new environment must be active");
    }
    if (state.nodes().isEmpty()) {
      problems.add("a new environment has no nodes");
    }
    if (!state.nodes().stream().allMatch(NodeState::isServing)) {
      problems.add("every node of a new environment must serve");
    }
    if (!state.nodes().stream().allMatch(node -> node.tier().equals(request.spec().tier()))) {
      problems.add("every node of a new environment must run at the requested tier");
    }
    return problems;
  }

  /**
   * After one step: the step's nodes serve at the target tier, every other node keeps its tier, no node
   * appeared or vanished, and no node that served before stopped serving.
   */
  public static List<String> stepped(EnvironmentState before, ScaleStep step, EnvironmentState after) {
    List<String> problems = new ArrayList<>(sameEnvironment(before.environmentId(), after));
    if (!ids(before).equals(ids(after))) {
      problems.add("the nodes changed from " + ids(before) + " to " + ids(after));
      return problems;
    }
    for (NodeState node : after.nodes()) {
      NodeState earlier = before.node(node.id()).orElseThrow();
      if (step.nodeIds().contains(node.id())) {
        if (!node.isServingAt(step.targetTier())) {
          problems.add("node " + node.id() + " should serve at " + step.targetTier() + " but is "
              + node.describe());
        }
      } else {
        if (!node.tier().equals(earlier.tier())) {
          problems.add("node " + node.id() + " was not in the step but changed from " + earlier.describe()
              + " to " + node.describe());
        }
        if (earlier.isServing() && !node.isServing()) {
          problems.add("node " + node.id() + " was not in the step but stopped serving");
        }
      }
    }
    return problems;
  }

  public static List<String> backedUp(BackupRequest request, BackupRecord backup) {
    List<String> problems = new ArrayList<>();
    if (!backup.environmentId().equals(request.environmentId())) {
      problems.add("the backup names environment " + backup.environmentId() + " instead of "
          + request.environmentId());
    }
    if (backup.kind() != request.kind()) {
      problems.add("the backup is " + backup.kind().label() + " instead of " + request.kind().label());
    }
    return problems;
  }

  public static List<String> stillActive(EnvironmentId id, EnvironmentState state) {
    List<String> problems = new ArrayList<>(sameEnvironment(id, state));
    if (!state.isActive()) {
      problems.add("the environment must stay active");
    }
    return problems;
  }

  public static List<String> deactivated(EnvironmentId id, EnvironmentState state) {
    List<String> problems = new ArrayList<>(sameEnvironment(id, state));
    if (state.status() != EnvironmentStatus.INACTIVE) {
      problems.add("a deactivated environment must be inactive");
    }
    return problems;
  }

  /** The last state seen, with the given nodes marked unknown: what the guard reports when it cannot ask. */
  public static EnvironmentState markUnknown(EnvironmentState state, Set<Integer> nodeIds) {
    return state.withNodes(state.nodes().stream()
        .map(node -> nodeIds.contains(node.id()) ? node.withStatus(NodeStatus.UNKNOWN) : node)
        .toList());
  }

  private static List<String> sameEnvironment(EnvironmentId id, EnvironmentState state) {
    return state.environmentId().equals(id)
        ? List.of()
        : List.of("the provider answered for environment " + state.environmentId() + " instead of " + id);
  }

  private static List<Integer> ids(EnvironmentState state) {
    return state.nodes().stream().map(NodeState::id).toList();
  }

}
