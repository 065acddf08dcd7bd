package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Architecture;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.NodeRole;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** PRO-TOP-011: classic clusters have unified nodes; scaled ones service and web nodes. */
final class NodeRolesMatchArchitecture extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-011", Severity.ERROR, "Node roles match the declared architecture")
      .because(
          "A classic cluster runs the whole stack on each of its nodes; the scaled architecture splits it"
              + " into service nodes 1 to 3 and web nodes from 4. Mixing them leaves the other checks"
              + " without a shape to check against.",
          SEED_STACK + "; " + SCALED_SOURCE,
          "Declare the scaled architecture for service and web nodes, or give a classic cluster unified"
              + " nodes only.",
          RuleTags.SCALING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    Set<NodeRole> allowed = topology.architecture() == Architecture.SCALED
        ? Set.of(NodeRole.SERVICE, NodeRole.WEB)
        : Set.of(NodeRole.UNIFIED);
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.nodes()) {
      if (!allowed.contains(node.role())) {
        findings.add(at(node, nodePath(topology, node) + ".role",
            "A " + node.role().label() + " node has no place in a " + topology.architecture().label()
                + " cluster.",
            "actual", node.role().label(), "architecture", topology.architecture().label()));
      }
    }
    return findings;
  }
}
