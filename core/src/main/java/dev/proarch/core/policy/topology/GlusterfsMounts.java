package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Node;
import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PRO-TOP-007: GlusterFS with the four shared mounts on every node. */
final class GlusterfsMounts extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-007", Severity.ERROR,
          "Every node runs GlusterFS with the mounts var, pub/media, pub/static and app/etc")
      .because(
          "GlusterFS keeps static files and deployments in sync across the cluster through four directory"
              + " mounts; a node without one serves stale or missing files.",
          SEED_STACK,
          "Run GlusterFS on every node (service node) and share var, pub/media, pub/static and app/etc.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.dataNodes()) {
      Optional<Service> glusterfs = node.service(ServiceKind.GLUSTERFS);
      String path = servicePath(topology, node, ServiceKind.GLUSTERFS);
      if (glusterfs.isEmpty()) {
        findings.add(at(node, path, "The node runs no GlusterFS."));
        continue;
      }
      List<String> missing = ProShape.GLUSTERFS_MOUNTS.stream()
          .filter(mount -> !glusterfs.get().mounts().contains(mount))
          .toList();
      if (!missing.isEmpty()) {
        findings.add(at(node, path + ".mounts",
            "GlusterFS does not share " + String.join(", ", missing) + ".",
            "missing", String.join(",", missing)));
      }
    }
    return findings;
  }
}
