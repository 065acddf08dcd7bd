package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.rule.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The checker against a plain oracle over arbitrary plans, and the planner against the checker. */
class ScalePlanPropertiesTest {
  private static final List<ClusterTier> TIERS =
      List.of(ClusterTier.PRO12, ClusterTier.of(24), ClusterTier.of(48), ClusterTier.PRO120);

  @Provide
  Arbitrary<ClusterTier> tiers() {
    return Arbitraries.of(TIERS);
  }

  @Provide
  Arbitrary<ScalePlan> plans() {
    return Arbitraries.oneOf(
        arbitraryPlans(),
        plannerPlansWithRandomServing(),
        shuffledRotations(),
        Combinators.combine(tiers(), tiers()).as(ScalePlanner::plan));
  }

  /** Anything: any nodes (including 0 and 4) down or serving, any sizes, up to five steps. */
  private Arbitrary<ScalePlan> arbitraryPlans() {
    Arbitrary<Set<Integer>> nodes = Arbitraries.integers().between(0, 4).set().ofMaxSize(4);
    Arbitrary<Map<Integer, ClusterTier>> sizes =
        Arbitraries.maps(Arbitraries.integers().between(0, 4), tiers()).ofMaxSize(4);
    Arbitrary<ScaleStep> step =
        Combinators.combine(nodes, nodes, sizes)
            .as((down, serving, after) -> ScaleStep.builder()
                .addAllNodesDown(down).addAllNodesServing(serving).putAllSizesAfter(after).build());
    return Combinators.combine(tiers(), tiers(), step.list().ofMaxSize(5))
        .as((from, to, steps) -> ScalePlan.builder().from(from).to(to).addAllSteps(steps).build());
  }

  /** The planner's steps with arbitrary serving sets: mostly valid, sometimes losing quorum. */
  private Arbitrary<ScalePlan> plannerPlansWithRandomServing() {
    Arbitrary<List<Set<Integer>>> serving =
        Arbitraries.integers().between(1, 3).set().ofMaxSize(3).list().ofSize(3);
    return Combinators.combine(tiers(), tiers(), serving)
        .as((from, to, servingSets) -> {
          ScalePlan planned = ScalePlanner.plan(from, to);
          List<ScaleStep> steps = new ArrayList<>();
          for (int i = 0; i < planned.steps().size(); i++) {
            ScaleStep original = planned.steps().get(i);
            steps.add(ScaleStep.builder().addAllNodesDown(original.nodesDown())
                .addAllNodesServing(servingSets.get(i)).putAllSizesAfter(original.sizesAfter()).build());
          }
          return ScalePlan.builder().from(from).to(to).addAllSteps(steps).build();
        });
  }

  /** One node down per step, in any order with repeats, resized to the target: valid or not by order. */
  private Arbitrary<ScalePlan> shuffledRotations() {
    Arbitrary<List<Integer>> order = Arbitraries.integers().between(1, 3).list().ofMinSize(0).ofMaxSize(4);
    return Combinators.combine(tiers(), tiers(), order)
        .as((from, to, nodes) -> {
          Map<Integer, ClusterTier> sizes = new HashMap<>(Map.of(1, from, 2, from, 3, from));
          List<ScaleStep> steps = new ArrayList<>();
          for (int node : nodes) {
            sizes.put(node, to);
            Set<Integer> others = new HashSet<>(Set.of(1, 2, 3));
            others.remove(node);
            steps.add(ScaleStep.builder().addNodesDown(node).addAllNodesServing(others).putAllSizesAfter(sizes).build());
          }
          return ScalePlan.builder().from(from).to(to).addAllSteps(steps).build();
        });
  }

  @Property(tries = 1000)
  void planCheckerAcceptsExactlyThePlansThatKeepTwoNodesServing(@ForAll("plans") ScalePlan plan) {
    boolean safe = Oracle.isSafeRotation(plan);
    Statistics.label("safe").collect(safe);
    Statistics.label("safe").coverage(checker -> {
      checker.check(true).percentage(percent -> percent > 5);
      checker.check(false).percentage(percent -> percent > 5);
    });
    assertThat(ScalePlanChecker.check(plan).isEmpty()).isEqualTo(safe);
  }

  @Property(tries = 1000)
  void quorumFindingIsReportedExactlyForTheStepsWithFewerThanTwoNodesServing(@ForAll("plans") ScalePlan plan) {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < plan.steps().size(); i++) {
      if (Oracle.serving(plan.steps().get(i)) < 2) {
        expected.add(String.valueOf(i + 1));
      }
    }
    Set<String> reported = new HashSet<>();
    for (Diagnostic finding : ScalePlanChecker.check(plan)) {
      if (finding.ruleId().equals(ScalingRules.QUORUM_KEPT.id())) {
        reported.add(finding.details().get("step"));
      }
    }
    assertThat(reported).isEqualTo(expected);
  }

  @Property
  void plannerOutputAlwaysPassesTheChecker(@ForAll("tiers") ClusterTier from, @ForAll("tiers") ClusterTier to) {
    assertThat(ScalePlanChecker.check(ScalePlanner.plan(from, to))).isEmpty();
  }

  @Property(tries = 200)
  void plannerOutputPassesTheCheckerForEveryTierPair(
      @ForAll("anyTier") ClusterTier from, @ForAll("anyTier") ClusterTier to) {
    assertThat(ScalePlanChecker.check(ScalePlanner.plan(from, to))).isEmpty();
    assertThat(Oracle.isSafeRotation(ScalePlanner.plan(from, to))).isTrue();
  }

  @Provide
  Arbitrary<ClusterTier> anyTier() {
    return Arbitraries.integers().between(4, 40).map(n -> ClusterTier.of(n * 3));
  }

  /**
   * A plain restatement of a safe rotation, written independently of the checker: simulate the three
   * nodes and test every condition directly.
   */
  static final class Oracle {
    private static final Set<Integer> CLUSTER = Set.of(1, 2, 3);

    static int serving(ScaleStep step) {
      int count = 0;
      for (int node : step.nodesServing()) {
        if (CLUSTER.contains(node) && !step.nodesDown().contains(node)) {
          count++;
        }
      }
      return count;
    }

    static boolean isSafeRotation(ScalePlan plan) {
      Map<Integer, ClusterTier> size = new HashMap<>(Map.of(1, plan.from(), 2, plan.from(), 3, plan.from()));
      Map<Integer, Integer> downs = new HashMap<>(Map.of(1, 0, 2, 0, 3, 0));
      for (ScaleStep step : plan.steps()) {
        Set<Integer> named = new HashSet<>(step.nodesDown());
        named.addAll(step.nodesServing());
        named.addAll(step.sizesAfter().keySet());
        boolean wellFormed = CLUSTER.containsAll(named)
            && step.sizesAfter().keySet().equals(CLUSTER)
            && step.nodesDown().stream().noneMatch(step.nodesServing()::contains);
        if (!wellFormed || serving(step) < 2) {
          return false;
        }
        for (int node : CLUSTER) {
          boolean down = step.nodesDown().contains(node);
          if (!down && !step.sizesAfter().get(node).equals(size.get(node))) {
            return false;
          }
          if (down) {
            downs.merge(node, 1, Integer::sum);
          }
          size.put(node, step.sizesAfter().get(node));
        }
      }
      boolean change = !plan.from().equals(plan.to());
      for (int node : CLUSTER) {
        int times = downs.get(node);
        if (times > 1 || (change && times == 0) || !size.get(node).equals(plan.to())) {
          return false;
        }
      }
      return true;
    }
  }
}
