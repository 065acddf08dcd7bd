package dev.proarch.cli;

import dev.proarch.core.model.Architecture;
import dev.proarch.core.model.AutoIncrement;
import dev.proarch.core.model.Gateway;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.NodeRole;
import dev.proarch.core.model.Resources;
import dev.proarch.core.model.SearchEngineSupport;
import dev.proarch.core.model.SearchEngines;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The text of {@code proarch topology}: a summary, one block per node, then Galera, gateways and totals. */
final class TopologyText {
  private static final int SERVICE_WIDTH = 26;
  private static final int VERSION_WIDTH = 7;

  private TopologyText() {}

  static String render(Topology topology) {
    StringBuilder text = new StringBuilder();
    summary(text, topology);
    for (Node node : topology.nodes()) {
      text.append('\n');
      node(text, node);
    }
    galera(text, topology);
    gateways(text, topology);
    totals(text, topology);
    return text.toString();
  }

  private static void summary(StringBuilder text, Topology topology) {
    String environment = topology.environment().label();
    text.append(Character.toUpperCase(environment.charAt(0))).append(environment.substring(1))
        .append(" topology: ")
        .append(topology.tier().map(tier -> tier.name() + " cluster, ").orElse(""))
        .append("Adobe Commerce ").append(topology.commerceVersion()).append("\n\n");
    text.append(line("Architecture", architecture(topology)));
    if (topology.elasticLoadBalancer()) {
      text.append(line("Traffic", traffic(topology)));
    }
    if (topology.architecture() != Architecture.PAAS) {
      text.append(line("Writes", "every " + (topology.architecture() == Architecture.SCALED ? "service " : "")
          + "node accepts reads and writes (Galera)"));
    }
    text.append(line("Search engine", searchEngine(topology)));
    topology.tier().filter(tier -> !tier.isDocumented()).ifPresent(tier -> text.append(line("Sizing",
        tier.name() + " is not a documented size; sized by the documented 1 vCPU : 4 GB ratio (D-TIER-1)")));
  }

  private static String architecture(Topology topology) {
    int data = topology.dataNodes().size();
    switch (topology.architecture()) {
      case CLASSIC:
        return "classic: " + data + " nodes, one per availability zone, each running the whole stack";
      case SCALED:
        return "scaled: " + data + " service nodes and " + topology.webNodes().size()
            + " web nodes over " + data + " availability zones";
      default:
        return "one PaaS container with a web server and a database (no cluster tier)";
    }
  }

  private static String traffic(Topology topology) {
    boolean fastly = topology.environment().capabilities().fastlyCdn();
    String onto = topology.architecture() == Architecture.SCALED ? "each web node" : "each node";
    return (fastly ? "Fastly CDN -> " : "") + "Elastic Load Balancer -> HAProxy on " + onto;
  }

  private static String searchEngine(Topology topology) {
    SearchEngineSupport support = SearchEngines.forVersion(topology.commerceVersion());
    Optional<Service> search = topology.nodes().stream().flatMap(node -> node.searchService().stream()).findFirst();
    if (search.isEmpty()) {
      if (topology.architecture() == Architecture.PAAS) {
        return "none modelled: the seed gives a PaaS environment a web server and a database (D-TOP-2)";
      }
      return "none (" + support.basis() + ")";
    }
    return search.get().kind().displayName() + search.get().version().map(v -> " " + v).orElse("")
        + " (" + support.basis() + ")";
  }

  private static void node(StringBuilder text, Node node) {
    List<String> header = new ArrayList<>();
    header.add(node.name());
    header.add(node.role().label());
    node.zone().ifPresent(zone -> header.add(zone.id()));
    node.resources().ifPresent(size -> header.add(size.vcpu() + " vCPU, " + size.ramGb() + " GB RAM"));
    if (node.resources().isEmpty() && node.role() == NodeRole.WEB) {
      header.add("size contracted separately (D-TOP-5)");
    }
    text.append(String.join("  ", header)).append('\n');
    for (Service service : node.services()) {
      String row = "  " + EnvironmentsText.pad(service.kind().displayName(), SERVICE_WIDTH)
          + EnvironmentsText.pad(service.version().orElse(""), VERSION_WIDTH) + notes(service);
      text.append(row.stripTrailing()).append('\n');
    }
  }

  private static String notes(Service service) {
    List<String> notes = new ArrayList<>();
    if (service.kind() == ServiceKind.REDIS || service.kind() == ServiceKind.MARIADB) {
      notes.add(service.role().label());
    }
    if (!service.mounts().isEmpty()) {
      notes.add("mounts " + String.join(", ", service.mounts()));
    }
    service.autoIncrement().ifPresent(setting -> notes.add(
        "Galera, auto_increment_increment " + setting.increment() + ", offset " + setting.offset()));
    return String.join("; ", notes);
  }

  private static void galera(StringBuilder text, Topology topology) {
    List<String> offsets = new ArrayList<>();
    Optional<Integer> increment = Optional.empty();
    for (Node node : topology.nodes()) {
      Optional<AutoIncrement> setting = node.service(ServiceKind.MARIADB).flatMap(Service::autoIncrement);
      if (setting.isPresent()) {
        offsets.add(node.name() + " " + setting.get().offset());
        increment = Optional.of(setting.get().increment());
      }
    }
    if (increment.isPresent()) {
      text.append("\nGalera\n  auto_increment_increment ").append(increment.get())
          .append("; auto_increment_offset ").append(String.join(", ", offsets)).append('\n');
    }
  }

  private static void gateways(StringBuilder text, Topology topology) {
    if (topology.gateways().isEmpty()) {
      return;
    }
    text.append("\nGateways (static outbound IP addresses, assigned by Adobe)\n");
    for (Gateway gateway : topology.gateways()) {
      String zone = topology.node(gateway.nodeNumber()).flatMap(Node::zone).map(z -> "  " + z.id()).orElse("");
      text.append("  ").append(gateway.id()).append("  node").append(gateway.nodeNumber()).append(zone)
          .append(gateway.address().map(address -> "  " + address).orElse("")).append('\n');
    }
  }

  private static void totals(StringBuilder text, Topology topology) {
    if (topology.architecture() == Architecture.PAAS) {
      return;
    }
    long sized = topology.nodes().stream().filter(node -> node.resources().isPresent()).count();
    text.append("\nTotals\n  ").append(topology.nodes().size()).append(" nodes; ")
        .append(topology.totalVcpu()).append(" vCPU, ").append(topology.totalRamGb()).append(" GB RAM");
    if (sized < topology.nodes().size()) {
      text.append(" on the ").append(sized).append(" service nodes");
    }
    topology.tier().map(Resources::perNodeOf).ifPresent(each ->
        text.append(" (").append(each.vcpu()).append(" vCPU and ").append(each.ramGb()).append(" GB a node)"));
    text.append('\n');
  }

  private static String line(String label, String value) {
    return EnvironmentsText.pad(label, 15) + value + "\n";
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
