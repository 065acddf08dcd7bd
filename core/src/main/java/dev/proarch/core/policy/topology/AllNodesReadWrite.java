package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Node;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.ServiceRole;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** PRO-TOP-003: every database node accepts reads and writes. */
final class AllNodesReadWrite extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-003", Severity.ERROR, "Every database node accepts reads and writes")
      .because(
          "Pro runs a redundant architecture, not active-passive or primary-secondary: all three instances"
              + " accept reads and writes, which gives zero downtime when scaling.",
          SEED_REDUNDANT,
          "Make every Galera member read-write; do not run a read-only replica in the cluster.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.dataNodes()) {
      for (Service database : node.service(ServiceKind.MARIADB).stream().toList()) {
        if (database.role() != ServiceRole.READ_WRITE) {
          findings.add(at(node, servicePath(topology, node, ServiceKind.MARIADB) + ".role",
              "The database is " + database.role().label()
                  + "; every node of a Pro cluster accepts reads and writes.",
              "expected", ServiceRole.READ_WRITE.label(), "actual", database.role().label()));
        }
      }
    }
    return findings;
  }
}
