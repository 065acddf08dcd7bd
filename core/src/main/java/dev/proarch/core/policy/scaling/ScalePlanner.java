package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plans a vertical change between any two tiers, up or down, as one rolling rotation: node 1, then 2,
 * then 3 is taken out, resized to the target and put back, so that two of the three nodes always serve
 * and Galera keeps its quorum (seed: Pro cluster scaling, "we rotate each of the three instances";
 * docs/decisions.md D-SCL-1). Equal tiers need no step.
 */
public final class ScalePlanner {
  private static final List<Integer> NODES = List.of(1, 2, 3);

  private ScalePlanner() {}

  public static ScalePlan plan(ClusterTier from, ClusterTier to) {
    ImmutableScalePlan.Builder plan = ScalePlan.builder().from(from).to(to);
    if (from.equals(to)) {
      return plan.build();
    }
    SortedMap<Integer, ClusterTier> sizes = new TreeMap<>();
    NODES.forEach(node -> sizes.put(node, from));
    for (int node : NODES) {
      sizes.put(node, to);
      plan.addSteps(
          ScaleStep.builder()
              .addNodesDown(node)
              .addAllNodesServing(others(node))
              .putAllSizesAfter(sizes)
              .build());
    }
    return plan.build();
  }

  private static List<Integer> others(int node) {
    List<Integer> others = new ArrayList<>(NODES);
    others.remove(Integer.valueOf(node));
    return others;
  }
}
