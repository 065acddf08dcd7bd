package dev.proarch.core.policy.topology;

import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** PRO-TOP-001: three nodes, or three service nodes when scaled. */
final class ThreeDataNodes extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-001", Severity.ERROR, "A Pro cluster has three nodes, or three service nodes when scaled")
      .because(
          "Redundancy, Galera quorum and the auto-increment step of three all assume exactly three nodes.",
          SEED_STACK,
          "Run three nodes (three service nodes in the scaled architecture), one per availability zone.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    int count = topology.dataNodes().size();
    if (count == ProShape.DATA_NODES) {
      return List.of();
    }
    return List.of(at("nodes",
        "The cluster has " + count + " " + dataNodesName(topology) + "; the Pro shape has "
            + ProShape.DATA_NODES + ".",
        "expected", String.valueOf(ProShape.DATA_NODES), "actual", String.valueOf(count)));
  }
}
