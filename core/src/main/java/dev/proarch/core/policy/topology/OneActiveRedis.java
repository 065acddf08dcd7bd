package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Node;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.ServiceRole;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** PRO-TOP-004: exactly one active Redis, the others replicas. */
final class OneActiveRedis extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-004", Severity.ERROR, "Exactly one Redis server of the cluster is active")
      .because(
          "Each node runs a Redis server, only one of them active and the other two replicas; two active"
              + " servers split the cache and sessions, none leaves the store without one.",
          SEED_STACK,
          "Make one Redis server active and the others replicas of it.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Node> active = topology.nodes().stream()
        .filter(node -> node.service(ServiceKind.REDIS).map(redis -> redis.role() == ServiceRole.ACTIVE)
            .orElse(false))
        .toList();
    if (active.isEmpty()) {
      return List.of(at("nodes", "No Redis server of the cluster is active.", "active", "0"));
    }
    List<Diagnostic> findings = new ArrayList<>();
    for (Node extra : active.subList(1, active.size())) {
      findings.add(at(extra, servicePath(topology, extra, ServiceKind.REDIS) + ".role",
          "This Redis server is active too; " + describe(active.get(0))
              + " already runs the active one.",
          "active", String.valueOf(active.size())));
    }
    return findings;
  }
}
