package dev.proarch.core.policy.topology;

import dev.proarch.core.model.AutoIncrement;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PRO-TOP-005: auto_increment_increment 3 on every Galera member. */
final class GaleraIncrement extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-005", Severity.ERROR, "Every Galera node has an auto-increment increment of three")
      .because(
          "Every node accepts writes, so ids stay unique across the cluster only when each node steps its"
              + " auto-increment by the number of nodes.",
          SEED_STACK,
          "Set auto_increment_increment to 3 on every MariaDB node of the cluster.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.dataNodes()) {
      if (!node.runs(ServiceKind.MARIADB)) {
        continue;
      }
      String path = servicePath(topology, node, ServiceKind.MARIADB) + ".autoIncrement";
      Optional<AutoIncrement> setting = node.service(ServiceKind.MARIADB).flatMap(db -> db.autoIncrement());
      if (setting.isEmpty()) {
        findings.add(at(node, path, "The database has no Galera auto-increment setting.",
            "expected", String.valueOf(ProShape.GALERA_INCREMENT)));
      } else if (setting.get().increment() != ProShape.GALERA_INCREMENT) {
        findings.add(at(node, path + ".increment",
            "The database steps its auto-increment by " + setting.get().increment()
                + " instead of " + ProShape.GALERA_INCREMENT + ".",
            "expected", String.valueOf(ProShape.GALERA_INCREMENT),
            "actual", String.valueOf(setting.get().increment())));
      }
    }
    return findings;
  }
}
