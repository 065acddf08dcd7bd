package dev.proarch.core.policy.topology;

import dev.proarch.core.model.AvailabilityZone;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PRO-TOP-002: each node (service node) in its own availability zone. */
final class ThreeAvailabilityZones extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-002", Severity.ERROR, "Each node of the cluster is in its own availability zone")
      .because(
          "Pro replicates each project on three separate availability zones, each a separate data center, so"
              + " that losing one zone leaves two nodes running.",
          "seed: Backup and disaster recovery",
          "Place the three nodes (service nodes when scaled) in three different availability zones.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<AvailabilityZone, Node> taken = new HashMap<>();
    for (Node node : topology.dataNodes()) {
      String path = nodePath(topology, node) + ".zone";
      Optional<AvailabilityZone> zone = node.zone();
      if (zone.isEmpty()) {
        findings.add(at(node, path, "The node has no availability zone."));
        continue;
      }
      Node first = taken.putIfAbsent(zone.get(), node);
      if (first != null) {
        findings.add(at(node, path,
            "The node shares availability zone " + zone.get() + " with "
                + describe(first) + ".",
            "zone", zone.get().id()));
      }
    }
    return findings;
  }
}
