package dev.proarch.cli;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.Gateway;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.SearchEngineSupport;
import dev.proarch.core.model.SearchEngines;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of {@code proarch topology}, as plain maps; docs/cli.md documents the shape. */
final class TopologyJson {
  private TopologyJson() {}

  static Map<String, Object> of(Topology topology) {
    Map<String, Object> root = JsonOutput.envelope();
    root.put("environment", topology.environment().label());
    root.put("architecture", topology.architecture().label());
    root.put("commerceVersion", topology.commerceVersion().toString());
    topology.tier().ifPresent(tier -> root.put("tier", tier(tier)));
    root.put("elasticLoadBalancer", topology.elasticLoadBalancer());
    root.put("searchEngine", searchEngine(topology));
    List<Object> nodes = new ArrayList<>();
    topology.nodes().forEach(node -> nodes.add(node(node)));
    root.put("nodes", nodes);
    root.put("galera", galera(topology));
    List<Object> gateways = new ArrayList<>();
    topology.gateways().forEach(gateway -> gateways.add(gateway(topology, gateway)));
    root.put("gateways", gateways);
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("nodes", topology.nodes().size());
    totals.put("sizedNodes", topology.nodes().stream().filter(node -> node.resources().isPresent()).count());
    totals.put("vcpu", topology.totalVcpu());
    totals.put("ramGb", topology.totalRamGb());
    root.put("totals", totals);
    return root;
  }

  private static Map<String, Object> tier(ClusterTier tier) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", tier.name());
    json.put("vcpuPerNode", tier.vcpuPerNode());
    json.put("ramGbPerNode", tier.ramGbPerNode());
    json.put("documented", tier.isDocumented());
    return json;
  }

  private static Map<String, Object> searchEngine(Topology topology) {
    SearchEngineSupport support = SearchEngines.forVersion(topology.commerceVersion());
    Map<String, Object> json = new LinkedHashMap<>();
    topology.searchEngine().ifPresent(engine -> json.put("engine", engine.label()));
    topology.nodes().stream().flatMap(node -> node.searchService().stream()).findFirst()
        .flatMap(Service::version).ifPresent(version -> json.put("version", version));
    json.put("supported", support.supported().stream().map(engine -> engine.label()).toList());
    json.put("basis", support.basis());
    return json;
  }

  private static Map<String, Object> node(Node node) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", node.number());
    json.put("name", node.name());
    json.put("role", node.role().label());
    node.zone().ifPresent(zone -> json.put("zone", zone.id()));
    node.resources().ifPresent(size -> {
      json.put("vcpu", size.vcpu());
      json.put("ramGb", size.ramGb());
    });
    List<Object> services = new ArrayList<>();
    node.services().forEach(service -> services.add(service(service)));
    json.put("services", services);
    return json;
  }

  private static Map<String, Object> service(Service service) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", service.kind().label());
    json.put("name", service.kind().displayName());
    service.version().ifPresent(version -> json.put("version", version));
    json.put("role", service.role().label());
    if (!service.mounts().isEmpty()) {
      json.put("mounts", service.mounts());
    }
    service.autoIncrement().ifPresent(setting -> {
      Map<String, Object> autoIncrement = new LinkedHashMap<>();
      autoIncrement.put("increment", setting.increment());
      autoIncrement.put("offset", setting.offset());
      json.put("autoIncrement", autoIncrement);
    });
    return json;
  }

  private static List<Object> galera(Topology topology) {
    List<Object> members = new ArrayList<>();
    for (Node node : topology.nodes()) {
      node.service(ServiceKind.MARIADB).flatMap(Service::autoIncrement).ifPresent(setting -> {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("node", node.number());
        json.put("increment", setting.increment());
        json.put("offset", setting.offset());
        members.add(json);
      });
    }
    return members;
  }

  private static Map<String, Object> gateway(Topology topology, Gateway gateway) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", gateway.id());
    json.put("node", gateway.nodeNumber());
    topology.node(gateway.nodeNumber()).flatMap(Node::zone).ifPresent(zone -> json.put("zone", zone.id()));
    gateway.address().ifPresent(address -> json.put("address", address));
    return json;
  }
}
