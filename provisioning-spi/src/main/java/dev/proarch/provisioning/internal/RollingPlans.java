package dev.proarch.provisioning.internal;

import static dev.proarch.provisioning.internal.ProvisioningRules.ROLLING_ONE_NODE_AT_A_TIME;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ScaleStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolling plans over the nodes a provider reports: the plan to a tier, the check that a plan keeps at
 * least two nodes serving at every step, and the plan back to a safe state after a failure.
 */
public final class RollingPlans {
  /** The fewest nodes that must serve while a node rotates: a three-node cluster minus the one rotating. */
  public static final int MIN_SERVING = 2;

  private RollingPlans() {}

  /**
   * One step for each node that is not serving at the target tier, nodes out of service first (bringing
   * them back only raises capacity), then in id order.
   */
  public static List<ScaleStep> plan(EnvironmentState state, ClusterTier target) {
    return state.nodes().stream()
        .filter(node -> !node.isServingAt(target))
        .sorted(Comparator.comparing(NodeState::isServing).thenComparingInt(NodeState::id))
        .map(node -> ScaleStep.of(node.id(), target))
        .toList();
  }

  /**
   * Diagnostics for a plan run against the reported state: each step one known node at the target tier,
   * never fewer than {@link #MIN_SERVING} nodes serving while a serving node rotates, and every node
   * serving at the target when the plan ends.
   */
  public static List<Diagnostic> check(EnvironmentState state, List<ScaleStep> plan, ClusterTier target) {
    List<Diagnostic> found = new ArrayList<>(targets(plan, target));
    Map<Integer, NodeState> nodes = new LinkedHashMap<>();
    state.nodes().forEach(node -> nodes.put(node.id(), node));
    for (int index = 0; index < plan.size(); index++) {
      ScaleStep step = plan.get(index);
      Location at = Location.ofPath("plan[" + index + "]");
      String name = "Step " + (index + 1);
      if (step.nodeIds().size() != 1) {
        found.add(finding(name + " takes nodes " + step.nodeIds() + " out of service together.", at));
      }
      List<Integer> unknown = step.nodeIds().stream().filter(id -> !nodes.containsKey(id)).toList();
      if (!unknown.isEmpty()) {
        found.add(finding(name + " names node " + unknown + ", which the environment does not have.", at));
        continue;
      }
      long servingDuring = nodes.values().stream()
          .filter(NodeState::isServing)
          .filter(node -> !step.nodeIds().contains(node.id()))
          .count();
      boolean takesServingNodeOut = step.nodeIds().stream().anyMatch(id -> nodes.get(id).isServing());
      if (takesServingNodeOut && servingDuring < MIN_SERVING) {
        found.add(finding(name + " leaves " + servingDuring + " node" + (servingDuring == 1 ? "" : "s")
            + " serving; at least " + MIN_SERVING + " must serve while a node rotates.", at));
      }
      step.nodeIds().forEach(id ->
          nodes.put(id, nodes.get(id).withTier(step.targetTier()).withStatus(NodeStatus.SERVING)));
    }
    nodes.values().stream()
        .filter(node -> !node.isServingAt(target))
        .forEach(node -> found.add(finding(
            "The plan leaves node " + node.id() + " " + node.describe() + " instead of serving at " + target
                + ".",
            Location.ofPath("nodes[" + node.id() + "]"))));
    return found;
  }

  /** Each step must resize to the tier the request scales to. */
  static List<Diagnostic> targets(List<ScaleStep> plan, ClusterTier target) {
    List<Diagnostic> found = new ArrayList<>();
    for (int index = 0; index < plan.size(); index++) {
      ScaleStep step = plan.get(index);
      if (!step.targetTier().equals(target)) {
        found.add(finding("Step " + (index + 1) + " resizes to " + step.targetTier() + ", but the request scales to "
            + target + ".", Location.ofPath("plan[" + index + "]")));
      }
    }
    return found;
  }

  /**
   * The rolling plan that returns an environment to a safe state, every node serving at {@code safeTier}:
   * nodes out of service or unknown first, then nodes at another tier, one at a time.
   */
  public static List<ScaleStep> recovery(EnvironmentState lastKnown, ClusterTier safeTier) {
    return plan(lastKnown, safeTier);
  }


  private static Diagnostic finding(String message, Location at) {
    return ROLLING_ONE_NODE_AT_A_TIME.diagnostic(message).location(at).build();
  }
}
