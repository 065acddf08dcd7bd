package dev.proarch.provisioning.internal;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.policy.scaling.ScalePlan;
import dev.proarch.core.policy.scaling.ScalePlanChecker;
import dev.proarch.core.policy.scaling.ScalePlanner;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.ScaleStep;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bridge to core's scaling policy. For the classic cluster (nodes 1 to 3, all serving at one tier) the
 * guard plans with {@link ScalePlanner} and judges plans with {@link ScalePlanChecker}, so that there is
 * one planner and one checker for that case; {@link RollingPlans} covers only what core does not model: a
 * cluster left half-rotated by a failure, and the web nodes of the scaled architecture (docs/decisions.md
 * D-PRV-3).
 */
public final class CorePlans {
  private static final List<Integer> CLASSIC_NODES = List.of(1, 2, 3);

  private CorePlans() {}

  /** True when core's planner models this environment: nodes 1 to 3, all serving at one tier. */
  public static boolean isClassicCluster(EnvironmentState state) {
    return state.nodes().stream().map(NodeState::id).toList().equals(CLASSIC_NODES)
        && state.isSettled()
        && state.uniformTier().isPresent();
  }

  /** Core's rolling plan from the cluster's tier to the target, as the steps a provider runs. */
  public static List<ScaleStep> plan(EnvironmentState state, ClusterTier target) {
    ClusterTier from = state.uniformTier().orElseThrow();
    return ScalePlanner.plan(from, target).steps().stream()
        .map(step -> ScaleStep.builder()
            .addAllNodeIds(step.nodesDown())
            .targetTier(step.sizesAfter().get(step.nodesDown().first()))
            .build())
        .toList();
  }

  /** Core's judgement of a plan for a classic cluster, with the target of every step checked too. */
  public static List<Diagnostic> check(EnvironmentState state, List<ScaleStep> steps, ClusterTier target) {
    ClusterTier from = state.uniformTier().orElseThrow();
    List<Diagnostic> found = new ArrayList<>(RollingPlans.targets(steps, target));
    found.addAll(ScalePlanChecker.check(toCore(from, steps, target)));
    return found;
  }

  private static ScalePlan toCore(ClusterTier from, List<ScaleStep> steps, ClusterTier target) {
    SortedMap<Integer, ClusterTier> sizes = new TreeMap<>();
    CLASSIC_NODES.forEach(node -> sizes.put(node, from));
    var plan = ScalePlan.builder().from(from).to(target);
    for (ScaleStep step : steps) {
      TreeSet<Integer> serving = new TreeSet<>(CLASSIC_NODES);
      serving.removeAll(step.nodeIds());
      step.nodeIds().forEach(node -> sizes.put(node, step.targetTier()));
      plan.addSteps(dev.proarch.core.policy.scaling.ScaleStep.builder()
          .addAllNodesDown(step.nodeIds())
          .addAllNodesServing(serving)
          .putAllSizesAfter(sizes)
          .build());
    }
    return plan.build();
  }
}
