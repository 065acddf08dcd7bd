package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Gateway;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PRO-TOP-008: three gateways, one per node. */
final class ThreeGateways extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-008", Severity.ERROR, "The cluster has three gateways, one per node")
      .because(
          "The three gateway servers map to the three servers of the cluster and keep static IP addresses,"
              + " which external services add to their allow-lists.",
          SEED_REDUNDANT,
          "Map one gateway to each of the three nodes (service nodes when scaled).");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    int count = topology.gateways().size();
    if (count != ProShape.GATEWAYS) {
      findings.add(at("gateways", "The cluster has " + count + " gateways; the Pro shape has "
              + ProShape.GATEWAYS + ", one per node.",
          "expected", String.valueOf(ProShape.GATEWAYS), "actual", String.valueOf(count)));
    }
    Map<Integer, Gateway> byNode = new HashMap<>();
    for (int index = 0; index < topology.gateways().size(); index++) {
      Gateway gateway = topology.gateways().get(index);
      String path = "gateways[" + index + "].nodeNumber";
      Optional<Node> node = topology.node(gateway.nodeNumber());
      if (node.isEmpty() || !node.get().role().holdsData()) {
        findings.add(at(path, "Gateway " + gateway.id() + " maps to node " + gateway.nodeNumber()
            + ", which is not one of the cluster's " + dataNodesName(topology) + "."));
        continue;
      }
      Gateway first = byNode.putIfAbsent(gateway.nodeNumber(), gateway);
      if (first != null) {
        findings.add(at(path, "Gateway " + gateway.id() + " maps to node " + gateway.nodeNumber()
            + ", like gateway " + first.id() + "."));
      }
    }
    return findings;
  }
}
