package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;

/**
 * Horizontal or vertical: extra web servers when the constraint is at the PHP level, bigger nodes when it is
 * at the database level (seed: Pro cluster scaling). Web nodes come with the scaled architecture, offered from
 * Pro48: three service nodes plus at least three web nodes (platform-rules.md 1.4). The service tier scales
 * vertically only.
 */
public final class ScalingAdvisor {
  /** The scaled architecture runs at least this many web nodes beside the three service nodes. */
  public static final int MINIMUM_WEB_NODES = 3;

  private ScalingAdvisor() {}

  public static ScalingRecommendation recommend(Bottleneck bottleneck, ClusterTier current) {
    ImmutableScalingRecommendation.Builder advice =
        ScalingRecommendation.builder().bottleneck(bottleneck).current(current);
    if (bottleneck == Bottleneck.DATABASE) {
      return database(advice, current);
    }
    if (current.offersScaledArchitecture()) {
      return advice.kind(ScalingKind.HORIZONTAL)
          .minimumWebNodes(MINIMUM_WEB_NODES)
          .addReasons(
              "The constraint is at the PHP level: add web nodes (horizontal scaling).",
              current + " offers the scaled architecture: three service nodes plus at least "
                  + MINIMUM_WEB_NODES + " web nodes.",
              "Web nodes are added without touching the service nodes, so the database keeps its size.")
          .build();
    }
    ClusterTier threshold = ClusterTier.of(ClusterTier.SCALED_ARCHITECTURE_FROM_VCPU);
    return advice.kind(ScalingKind.VERTICAL)
        .targetTier(threshold)
        .addReasons(
            "The constraint is at the PHP level, but web nodes need the scaled architecture, offered from "
                + threshold + ".",
            "Scale " + current + " up to " + threshold
                + " in one rolling rotation first; then web nodes can be added.")
        .build();
  }

  private static ScalingRecommendation database(ImmutableScalingRecommendation.Builder advice, ClusterTier current) {
    advice.kind(ScalingKind.VERTICAL)
        .addReasons(
            "The constraint is at the database level: give the nodes more CPU and memory (vertical scaling).",
            "The service tier (MariaDB Galera, Redis, search) scales vertically only; adding web nodes does"
                + " not relieve it.");
    if (current.totalVcpu() >= ClusterTier.LARGEST_VCPU) {
      advice.addReasons(current + " is the largest documented tier; ask Adobe about the contracted limits.");
    } else {
      advice.addReasons("Resize the three nodes in one rolling rotation; two nodes serve at every step.");
    }
    return advice.build();
  }
}
