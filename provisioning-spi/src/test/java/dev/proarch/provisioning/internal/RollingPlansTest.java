package dev.proarch.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.NodeRole;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.EnvironmentStatus;
import dev.proarch.provisioning.Fixtures;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ScaleStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RollingPlansTest {
  private static final List<ClusterTier> TIERS = List.of(ClusterTier.PRO12, ClusterTier.of(24), ClusterTier.of(48));

  @Property
  void theRecoveryPlanOfAnyClusterPassesTheCheckAndEndsWithEveryNodeServingAtTheSafeTier(
      @ForAll("clusters") EnvironmentState state, @ForAll("tiers") ClusterTier safe) {
    List<ScaleStep> plan = RollingPlans.recovery(state, safe);

    assertThat(plan).allSatisfy(step -> assertThat(step.nodeIds()).hasSize(1));
    // Nodes out of service come back first, so a serving node rotates only while all others serve.
    assertThat(RollingPlans.check(state, plan, safe)).isEmpty();
    assertThat(replay(state, plan).values()).allSatisfy(node -> {
      assertThat(node.isServing()).isTrue();
      assertThat(node.tier()).contains(safe);
    });
  }

  @Property
  void aPlanThatTakesTwoServingNodesOfAThreeNodeClusterOutTogetherIsAlwaysRefused(
      @ForAll("tiers") ClusterTier from, @ForAll("tiers") ClusterTier to) {
    EnvironmentState state = cluster(List.of(node(1, from, NodeStatus.SERVING), node(2, from, NodeStatus.SERVING),
        node(3, from, NodeStatus.SERVING)));
    List<ScaleStep> plan = List.of(ScaleStep.builder().addNodeIds(1, 2).targetTier(to).build(), ScaleStep.of(3, to));
    assertThat(RollingPlans.check(state, plan, to)).isNotEmpty();
  }

  private static Map<Integer, NodeState> replay(EnvironmentState state, List<ScaleStep> plan) {
    Map<Integer, NodeState> nodes = new TreeMap<>();
    state.nodes().forEach(node -> nodes.put(node.id(), node));
    for (ScaleStep step : plan) {
      step.nodeIds().forEach(id -> nodes.put(id, nodes.get(id).withTier(step.targetTier()).withStatus(NodeStatus.SERVING)));
    }
    return nodes;
  }

  @Provide
  Arbitrary<ClusterTier> tiers() {
    return Arbitraries.of(TIERS);
  }

  @Provide
  Arbitrary<EnvironmentState> clusters() {
    Arbitrary<NodeStatus> status = Arbitraries.of(NodeStatus.class);
    Arbitrary<int[]> shape = Arbitraries.of(new int[] {3}, new int[] {6});
    return shape.flatMap(size -> Combinators.combine(
            Arbitraries.of(TIERS).list().ofSize(size[0]), status.list().ofSize(size[0]))
        .as((tiers, statuses) -> {
          List<NodeState> nodes = new ArrayList<>();
          for (int i = 0; i < tiers.size(); i++) {
            nodes.add(node(i + 1, tiers.get(i), statuses.get(i)));
          }
          return cluster(nodes);
        }));
  }

  private static NodeState node(int id, ClusterTier tier, NodeStatus status) {
    return NodeState.builder().id(id).zone("zone-" + ((id - 1) % 3 + 1)).role(id > 3 ? NodeRole.WEB : NodeRole.UNIFIED)
        .tier(tier).status(status).build();
  }

  private static EnvironmentState cluster(List<NodeState> nodes) {
    return EnvironmentState.builder()
        .environmentId(EnvironmentId.of("production"))
        .spec(Fixtures.dedicated(EnvironmentType.PRODUCTION, ClusterTier.PRO12))
        .status(EnvironmentStatus.ACTIVE)
        .addAllNodes(nodes)
        .build();
  }
}
