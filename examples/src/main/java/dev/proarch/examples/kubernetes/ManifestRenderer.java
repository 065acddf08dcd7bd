package dev.proarch.examples.kubernetes;

import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.ServiceSpec;

/**
 * Renders one environment as plain YAML text, built by hand so that the example needs no YAML library.
 * Each node is a one-replica StatefulSet pinned to its zone, so that a scale step changes exactly one node;
 * one PodDisruptionBudget over all of them allows one pod down at a time; a required anti-affinity keeps two
 * pods of the environment out of one zone.
 */
final class ManifestRenderer {
  static final String ZONE_KEY = "topology.kubernetes.io/zone";
  private static final int GIB_PER_GB = 1;

  private ManifestRenderer() {}

  static String render(String namespace, EnvironmentState state) {
    String name = state.environmentId().value();
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Rendered by the ProArch example provider kubernetes-manifests for environment ").append(name)
        .append(" (").append(state.spec().type().label())
        .append(state.spec().tier().map(tier -> ", " + tier).orElse("")).append(")\n");
    yaml.append(podDisruptionBudget(namespace, name));
    for (NodeState node : state.nodes()) {
      yaml.append(statefulSet(namespace, name, node, state));
    }
    return yaml.toString();
  }

  private static String podDisruptionBudget(String namespace, String name) {
    return "---\n"
        + "apiVersion: policy/v1\n"
        + "kind: PodDisruptionBudget\n"
        + "metadata:\n"
        + "  name: " + name + "-rolling\n"
        + "  namespace: " + namespace + "\n"
        + "spec:\n"
        + "  maxUnavailable: 1\n"
        + "  selector:\n"
        + "    matchLabels:\n"
        + "      app.kubernetes.io/instance: " + name + "\n";
  }

  private static String statefulSet(String namespace, String name, NodeState node, EnvironmentState state) {
    String nodeName = name + "-node-" + node.id();
    StringBuilder yaml = new StringBuilder()
        .append("---\n")
        .append("apiVersion: apps/v1\n")
        .append("kind: StatefulSet\n")
        .append("metadata:\n")
        .append("  name: ").append(nodeName).append('\n')
        .append("  namespace: ").append(namespace).append('\n')
        .append("spec:\n")
        .append("  replicas: 1\n")
        .append("  serviceName: ").append(name).append('\n')
        .append("  selector:\n")
        .append("    matchLabels:\n")
        .append("      app.kubernetes.io/name: ").append(nodeName).append('\n')
        .append("  template:\n")
        .append("    metadata:\n")
        .append("      labels:\n")
        .append("        app.kubernetes.io/name: ").append(nodeName).append('\n')
        .append("        app.kubernetes.io/instance: ").append(name).append('\n')
        .append("        proarch.dev/role: ").append(node.role().label()).append('\n')
        .append("    spec:\n")
        .append("      affinity:\n")
        .append("        nodeAffinity:\n")
        .append("          requiredDuringSchedulingIgnoredDuringExecution:\n")
        .append("            nodeSelectorTerms:\n")
        .append("            - matchExpressions:\n")
        .append("              - key: ").append(ZONE_KEY).append('\n')
        .append("                operator: In\n")
        .append("                values: [").append(node.zone()).append("]\n")
        .append("        podAntiAffinity:\n")
        .append("          requiredDuringSchedulingIgnoredDuringExecution:\n")
        .append("          - topologyKey: ").append(ZONE_KEY).append('\n')
        .append("            labelSelector:\n")
        .append("              matchLabels:\n")
        .append("                app.kubernetes.io/instance: ").append(name).append('\n')
        .append("                proarch.dev/role: ").append(node.role().label()).append('\n')
        .append("      containers:\n")
        .append("      - name: commerce\n")
        .append("        image: example.invalid/adobe-commerce:").append(state.spec().commerceVersion()).append('\n');
    node.tier().ifPresent(tier -> yaml
        .append("        resources:\n")
        .append("          requests: {cpu: \"").append(tier.vcpuPerNode()).append("\", memory: ")
        .append(tier.ramGbPerNode() * GIB_PER_GB).append("Gi}\n")
        .append("          limits: {cpu: \"").append(tier.vcpuPerNode()).append("\", memory: ")
        .append(tier.ramGbPerNode() * GIB_PER_GB).append("Gi}\n"));
    for (ServiceSpec service : state.spec().services()) {
      yaml.append("      - name: ").append(service.name()).append('\n')
          .append("        image: example.invalid/").append(service.name()).append(':').append(service.version())
          .append('\n');
    }
    return yaml.toString();
  }
}
