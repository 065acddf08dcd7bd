package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Architecture;
import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** PRO-TOP-012: the scaled architecture has at least three web nodes. */
final class ScaledWebNodes extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-012", Severity.ERROR, "A scaled cluster has at least three web nodes")
      .because(
          "The scaled architecture starts at six nodes: three service nodes and at least three web nodes,"
              + " one per zone, which it scales horizontally.",
          SCALED_SOURCE,
          "Add web nodes until there are at least three.",
          RuleTags.SCALING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    int web = topology.webNodes().size();
    if (topology.architecture() != Architecture.SCALED || web >= ProShape.MIN_WEB_NODES) {
      return List.of();
    }
    return List.of(at("nodes",
        "The scaled cluster has " + web + " web nodes; it needs at least " + ProShape.MIN_WEB_NODES + ".",
        "expected", String.valueOf(ProShape.MIN_WEB_NODES), "actual", String.valueOf(web)));
  }
}
