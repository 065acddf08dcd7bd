package dev.proarch.core.policy.topology;

import dev.proarch.core.model.AutoIncrement;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PRO-TOP-006: distinct auto-increment offsets within the increment. */
final class GaleraOffsets extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-006", Severity.ERROR, "Galera nodes have distinct auto-increment offsets within the increment")
      .because(
          "Two nodes with one offset issue the same ids, and an offset larger than the increment is ignored by"
              + " MariaDB; either way two concurrent inserts on different nodes can collide.",
          SEED_STACK,
          "Give the three MariaDB nodes auto_increment_offset 1, 2 and 3.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<Integer, Node> taken = new HashMap<>();
    for (Node node : topology.dataNodes()) {
      Optional<AutoIncrement> setting =
          node.service(ServiceKind.MARIADB).flatMap(database -> database.autoIncrement());
      if (setting.isEmpty()) {
        continue;
      }
      int offset = setting.get().offset();
      String path = servicePath(topology, node, ServiceKind.MARIADB) + ".autoIncrement.offset";
      if (offset > setting.get().increment()) {
        findings.add(at(node, path,
            "The database has offset " + offset + ", larger than its increment "
                + setting.get().increment() + ", so MariaDB ignores it.",
            "offset", String.valueOf(offset)));
        continue;
      }
      Node first = taken.putIfAbsent(offset, node);
      if (first != null) {
        findings.add(at(node, path,
            "The database has offset " + offset + ", the same as "
                + describe(first) + ", so both issue the same ids.",
            "offset", String.valueOf(offset)));
      }
    }
    return findings;
  }
}
