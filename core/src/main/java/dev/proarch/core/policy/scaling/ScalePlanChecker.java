package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableDiagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges any scale plan, not only the planner's: it replays the steps over nodes 1 to 3, starting with every
 * node at {@code from}, and reports each step that leaves fewer than two nodes serving, names a node twice
 * or outside the cluster, or resizes a node that is not down, and at the end every node resized twice,
 * never resized, or not at {@code to}. A plan is acceptable when the result has no finding.
 */
public final class ScalePlanChecker {
  private static final Set<Integer> CLUSTER = Set.of(1, 2, 3);
  private static final int QUORUM = 2;

  private ScalePlanChecker() {}

  public static List<Diagnostic> check(ScalePlan plan) {
    List<Diagnostic> findings = new ArrayList<>();
    ClusterTier[] sizes = {null, plan.from(), plan.from(), plan.from()};
    int[] timesDown = new int[4];
    for (int index = 0; index < plan.steps().size(); index++) {
      ScaleStep step = plan.steps().get(index);
      findings.addAll(wellFormed(step, index));
      findings.addAll(quorum(step, index));
      for (int node : step.nodesDown()) {
        if (CLUSTER.contains(node) && ++timesDown[node] == 2) {
          findings.add(at(ScalingRules.RESIZED_ONCE, index, "Node " + node + " is taken down a second time.")
              .putDetails("node", String.valueOf(node))
              .build());
        }
      }
      for (int node : CLUSTER) {
        ClusterTier after = step.sizesAfter().getOrDefault(node, sizes[node]);
        if (!after.equals(sizes[node]) && !step.nodesDown().contains(node)) {
          findings.add(at(ScalingRules.RESIZED_ONLY_WHEN_DOWN, index,
                  "Node " + node + " changes from " + sizes[node] + " to " + after + " without being taken down.")
              .putDetails("node", String.valueOf(node))
              .putDetails("before", sizes[node].name())
              .putDetails("after", after.name())
              .build());
        }
        sizes[node] = after;
      }
    }
    findings.addAll(endState(plan, sizes, timesDown));
    return List.copyOf(findings);
  }

  private static List<Diagnostic> wellFormed(ScaleStep step, int index) {
    List<Diagnostic> findings = new ArrayList<>();
    SortedSet<Integer> named = new TreeSet<>(step.nodesDown());
    named.addAll(step.nodesServing());
    named.addAll(step.sizesAfter().keySet());
    named.removeAll(CLUSTER);
    if (!named.isEmpty()) {
      findings.add(at(ScalingRules.WELL_FORMED_STEP, index, "The step names nodes outside the cluster: " + named + ".")
          .putDetails("nodes", join(named))
          .build());
    }
    SortedSet<Integer> both = new TreeSet<>(step.nodesDown());
    both.retainAll(step.nodesServing());
    if (!both.isEmpty()) {
      findings.add(at(ScalingRules.WELL_FORMED_STEP, index, "Nodes " + both + " are listed as both down and serving.")
          .putDetails("nodes", join(both))
          .build());
    }
    SortedSet<Integer> unsized = new TreeSet<>(CLUSTER);
    unsized.removeAll(step.sizesAfter().keySet());
    if (!unsized.isEmpty()) {
      findings.add(at(ScalingRules.WELL_FORMED_STEP, index, "The step gives no size for nodes " + unsized + ".")
          .putDetails("nodes", join(unsized))
          .build());
    }
    return findings;
  }

  private static List<Diagnostic> quorum(ScaleStep step, int index) {
    SortedSet<Integer> serving = new TreeSet<>(step.nodesServing());
    serving.retainAll(CLUSTER);
    serving.removeAll(step.nodesDown());
    if (serving.size() >= QUORUM) {
      return List.of();
    }
    return List.of(
        at(ScalingRules.QUORUM_KEPT, index,
                "Only " + serving.size() + " of 3 nodes serve during this step; Galera loses quorum and the site"
                    + " capacity drops below two nodes.")
            .putDetails("serving", join(serving))
            .putDetails("down", join(step.nodesDown()))
            .build());
  }

  private static List<Diagnostic> endState(ScalePlan plan, ClusterTier[] sizes, int[] timesDown) {
    List<Diagnostic> findings = new ArrayList<>();
    for (int node : new TreeSet<>(CLUSTER)) {
      if (!plan.from().equals(plan.to()) && timesDown[node] == 0) {
        findings.add(plan(ScalingRules.EVERY_NODE_RESIZED, "Node " + node + " is never taken down and resized.")
            .putDetails("node", String.valueOf(node))
            .build());
      }
      if (!sizes[node].equals(plan.to())) {
        findings.add(plan(ScalingRules.ENDS_AT_TARGET,
                "Node " + node + " ends at " + sizes[node] + ", not at the target " + plan.to() + ".")
            .putDetails("node", String.valueOf(node))
            .putDetails("expected", plan.to().name())
            .putDetails("actual", sizes[node].name())
            .build());
      }
    }
    return findings;
  }

  private static ImmutableDiagnostic.Builder at(RuleDescriptor rule, int index, String message) {
    return rule.diagnostic(message)
        .location(Location.ofPath("steps[" + index + "]"))
        .putDetails("step", String.valueOf(index + 1));
  }

  private static ImmutableDiagnostic.Builder plan(RuleDescriptor rule, String message) {
    return rule.diagnostic(message).location(Location.ofPath("steps"));
  }

  private static String join(Set<Integer> nodes) {
    return nodes.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
