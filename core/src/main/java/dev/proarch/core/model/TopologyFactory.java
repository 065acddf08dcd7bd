package dev.proarch.core.model;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.version.CommerceVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Pro shape of an environment. Staging and production get three nodes in three availability
 * zones behind an Elastic Load Balancer with an HAProxy per node, each running Fastly, NGINX with PHP-FPM,
 * GlusterFS, Redis (one active, two replicas), the search engine of the Commerce version and a Galera MariaDB
 * node; staging "matches the Production architecture" (seed: Staging environment). Integration and master
 * get one PaaS container with a web server and a database (seed: Integration environment). Fastly and New
 * Relic come from {@link EnvironmentType#capabilities()}, never from this class.
 */
public final class TopologyFactory {

  private TopologyFactory() {}

  /** The production topology of a tier: the classic three-node cluster. */
  public static Topology production(ClusterTier tier, CommerceVersion version) {
    return forEnvironment(EnvironmentType.PRODUCTION, tier, version);
  }

  /**
   * The classic topology of an environment. The tier sizes staging and production; PaaS environments do
   * not take it.
   */
  public static Topology forEnvironment(EnvironmentType environment, ClusterTier tier, CommerceVersion version) {
    if (!environment.isDedicated()) {
      return paas(environment, version);
    }
    Resources size = Resources.perNodeOf(tier);
    List<Node> nodes = new ArrayList<>();
    for (int number = 1; number <= ProShape.DATA_NODES; number++) {
      nodes.add(node(number, NodeRole.UNIFIED, number, size,
          join(webServices(environment, version), dataServices(number, version), monitoring(environment))));
    }
    return dedicated(environment, Architecture.CLASSIC, tier, version, nodes);
  }

  /**
   * The scaled (split-tier) topology: three service nodes for the data services and {@code webNodes} web
   * nodes numbered from 4, spread over the three zones (platform-rules.md 1.4). The tier sizes the service
   * nodes only: web nodes have no size here (docs/decisions.md D-TOP-5). Throws when the tier is
   * below Pro48, the environment is not dedicated, or there are fewer than three web nodes.
   */
  public static Topology scaled(
      EnvironmentType environment, ClusterTier tier, CommerceVersion version, int webNodes)
      throws InvalidValueException {
    if (!tier.offersScaledArchitecture()) {
      throw new InvalidValueException(
          "cluster tier for the scaled architecture", tier.name(), "Pro48 or larger");
    }
    if (!environment.isDedicated()) {
      throw new InvalidValueException(
          "environment for the scaled architecture", environment.label(), "staging or production");
    }
    if (webNodes < ProShape.MIN_WEB_NODES) {
      throw new InvalidValueException(
          "number of web nodes", String.valueOf(webNodes), "at least " + ProShape.MIN_WEB_NODES);
    }
    Resources size = Resources.perNodeOf(tier);
    List<Node> nodes = new ArrayList<>();
    for (int number = 1; number <= ProShape.DATA_NODES; number++) {
      nodes.add(node(number, NodeRole.SERVICE, number, size,
          join(dataServices(number, version), monitoring(environment))));
    }
    for (int web = 1; web <= webNodes; web++) {
      int zone = (web - 1) % ProShape.DATA_NODES + 1;
      // The tier sizes the service nodes; web nodes are contracted separately (D-TOP-5), so no size.
      nodes.add(Node.builder()
          .number(ProShape.DATA_NODES + web)
          .role(NodeRole.WEB)
          .zone(AvailabilityZone.numbered(zone))
          .addAllServices(join(webServices(environment, version), monitoring(environment)))
          .build());
    }
    return dedicated(environment, Architecture.SCALED, tier, version, nodes);
  }

  private static Topology dedicated(
      EnvironmentType environment,
      Architecture architecture,
      ClusterTier tier,
      CommerceVersion version,
      List<Node> nodes) {
    ImmutableTopology.Builder topology = Topology.builder()
        .environment(environment)
        .architecture(architecture)
        .commerceVersion(version)
        .tier(tier)
        .elasticLoadBalancer(true)
        .addAllNodes(nodes);
    for (int number = 1; number <= ProShape.GATEWAYS; number++) {
      topology.addGateways(Gateway.forNode(number));
    }
    return topology.build();
  }

  private static Topology paas(EnvironmentType environment, CommerceVersion version) {
    List<Service> services = join(
        edge(environment),
        List.of(
            Service.of(ServiceKind.NGINX),
            versioned(ServiceKind.PHP_FPM, version).build(),
            versioned(ServiceKind.MARIADB, version).role(ServiceRole.READ_WRITE).build()),
        monitoring(environment));
    Node container = Node.builder().number(1).role(NodeRole.CONTAINER).addAllServices(services).build();
    return Topology.builder()
        .environment(environment)
        .architecture(Architecture.PAAS)
        .commerceVersion(version)
        .addNodes(container)
        .build();
  }

  private static Node node(int number, NodeRole role, int zone, Resources size, List<Service> services) {
    return Node.builder()
        .number(number)
        .role(role)
        .zone(AvailabilityZone.numbered(zone))
        .resources(size)
        .addAllServices(services)
        .build();
  }

  /** Fastly when the environment includes it, then HAProxy, NGINX and PHP-FPM. */
  private static List<Service> webServices(EnvironmentType environment, CommerceVersion version) {
    return join(
        edge(environment),
        List.of(
            Service.of(ServiceKind.HAPROXY),
            Service.of(ServiceKind.NGINX),
            versioned(ServiceKind.PHP_FPM, version).build()));
  }

  private static List<Service> edge(EnvironmentType environment) {
    return environment.capabilities().fastlyCdn() ? List.of(Service.of(ServiceKind.FASTLY)) : List.of();
  }

  /** GlusterFS, Redis (active on node 1), the search engine, and the Galera member with offset n. */
  private static List<Service> dataServices(int number, CommerceVersion version) {
    List<Service> services = new ArrayList<>();
    services.add(Service.builder().kind(ServiceKind.GLUSTERFS).addAllMounts(ProShape.GLUSTERFS_MOUNTS).build());
    services.add(versioned(ServiceKind.REDIS, version)
        .role(number == 1 ? ServiceRole.ACTIVE : ServiceRole.REPLICA)
        .build());
    Optional<SearchEngine> engine = SearchEngines.forVersion(version).preferred();
    if (engine.isPresent()) {
      services.add(versioned(engine.get().serviceKind(), version).build());
    }
    services.add(versioned(ServiceKind.MARIADB, version)
        .role(ServiceRole.READ_WRITE)
        .autoIncrement(AutoIncrement.proNode(number))
        .build());
    return services;
  }

  /** The New Relic agents the environment's capabilities include. */
  private static List<Service> monitoring(EnvironmentType environment) {
    switch (environment.capabilities().newRelic()) {
      case APM:
        return List.of(Service.of(ServiceKind.NEW_RELIC_APM));
      case APM_AND_NRI:
        return List.of(Service.of(ServiceKind.NEW_RELIC_APM), Service.of(ServiceKind.NEW_RELIC_INFRASTRUCTURE));
      default:
        return List.of();
    }
  }

  private static ImmutableService.Builder versioned(ServiceKind kind, CommerceVersion version) {
    ImmutableService.Builder service = Service.builder().kind(kind);
    Optional<String> line = StackVersions.of(kind, version);
    if (line.isPresent()) {
      service.version(line.get());
    }
    return service;
  }

  @SafeVarargs
  private static List<Service> join(List<Service>... parts) {
    List<Service> all = new ArrayList<>();
    for (List<Service> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
