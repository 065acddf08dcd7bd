package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Node;
import dev.proarch.core.model.NodeRole;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PRO-TOP-014: each node runs the services of its role. GlusterFS, the search engine and New Relic have
 * their own rules; this one covers HAProxy, NGINX, PHP-FPM, Fastly (where the environment includes it),
 * Redis and MariaDB.
 */
final class NodeRunsItsStack extends TopologyRule {
  private static final Set<ServiceKind> WEB = EnumSet.of(ServiceKind.HAPROXY, ServiceKind.NGINX, ServiceKind.PHP_FPM);
  private static final Set<ServiceKind> DATA = EnumSet.of(ServiceKind.REDIS, ServiceKind.MARIADB);

  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-014", Severity.ERROR, "Every node runs the services of its role")
      .because(
          "Each VM of a classic cluster runs the whole stack: HAProxy, Fastly, NGINX with PHP-FPM, Redis and"
              + " a Galera MariaDB node; when scaled, service nodes run the data services and web nodes the"
              + " web services.",
          SEED_STACK + "; " + SCALED_SOURCE,
          "Install the missing service on the node, or correct the node's role.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.nodes()) {
      for (ServiceKind kind : required(topology, node.role())) {
        if (!node.runs(kind)) {
          findings.add(at(node, servicePath(topology, node, kind),
              "This " + node.role().label() + " node runs no " + kind.displayName() + ".", "missing", kind.label()));
        }
      }
    }
    return findings;
  }

  private static Set<ServiceKind> required(Topology topology, NodeRole role) {
    Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
    if (role == NodeRole.UNIFIED || role == NodeRole.WEB) {
      kinds.addAll(WEB);
      if (topology.environment().capabilities().fastlyCdn()) {
        kinds.add(ServiceKind.FASTLY);
      }
    }
    if (role.holdsData()) {
      kinds.addAll(DATA);
    }
    return kinds;
  }
}
