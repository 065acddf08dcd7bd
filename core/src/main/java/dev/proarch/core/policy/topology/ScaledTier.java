package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Architecture;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** PRO-TOP-013: the scaled architecture starts at Pro48. */
final class ScaledTier extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-013", Severity.ERROR, "The scaled architecture runs on Pro48 or larger")
      .because("Adobe offers the scaled (split-tier) architecture from the Pro48 cluster upwards.",
          SCALED_SOURCE,
          "Upsize the cluster to Pro48 or larger, or run the classic three-node architecture.",
          RuleTags.SCALING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    if (topology.architecture() != Architecture.SCALED) {
      return List.of();
    }
    return topology.tier()
        .filter(tier -> !tier.offersScaledArchitecture())
        .map(tier -> List.of(at("tier",
            "The scaled architecture needs Pro" + ClusterTier.SCALED_ARCHITECTURE_FROM_VCPU
                + " or larger; this cluster is " + tier.name() + ".",
            "actual", tier.name())))
        .orElse(List.of());
  }
}
