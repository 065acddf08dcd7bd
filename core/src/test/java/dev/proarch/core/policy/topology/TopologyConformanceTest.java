package dev.proarch.core.policy.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.Architecture;
import dev.proarch.core.model.AutoIncrement;
import dev.proarch.core.model.AvailabilityZone;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.Gateway;
import dev.proarch.core.model.ImmutableNode;
import dev.proarch.core.model.ImmutableService;
import dev.proarch.core.model.ImmutableTopology;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.NodeRole;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.ServiceRole;
import dev.proarch.core.model.Topology;
import dev.proarch.core.model.TopologyFactory;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.version.CommerceVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule fires on a topology that departs from the Pro shape in one way, and only there: every case
 * asserts the exact (rule id, path) pairs of the whole conformance run.
 */
class TopologyConformanceTest {
  private static final CommerceVersion V247 = CommerceVersion.of("2.4.7");
  private static final Topology PRODUCTION = TopologyFactory.production(ClusterTier.PRO12, V247);

  @Nested
  class Conforming {
    @Test
    void theFactorysProductionStagingAndScaledTopologiesConform() throws Exception {
      assertThat(findings(PRODUCTION)).isEmpty();
      assertThat(findings(TopologyFactory.forEnvironment(EnvironmentType.STAGING, ClusterTier.PRO12, V247)))
          .isEmpty();
      assertThat(findings(TopologyFactory.scaled(EnvironmentType.PRODUCTION, ClusterTier.of(48), V247, 3)))
          .isEmpty();
    }

    @Test
    void paasTopologiesHaveNoProShapeToCheck() {
      Topology integration = TopologyFactory.forEnvironment(EnvironmentType.INTEGRATION, ClusterTier.PRO12, V247);
      assertThat(findings(integration)).isEmpty();
    }

    @Test
    void beforeCommerce22NoSearchEngineIsExpected() {
      assertThat(findings(TopologyFactory.production(ClusterTier.PRO12, CommerceVersion.of("2.1.18")))).isEmpty();
    }

    @Test
    void elasticsearchAndOpenSearchBothConformOn243p2() {
      Topology openSearch = TopologyFactory.production(ClusterTier.PRO12, CommerceVersion.of("2.4.3-p2"));
      Topology elasticsearch = swapSearch(openSearch, ServiceKind.ELASTICSEARCH);
      assertThat(findings(openSearch)).isEmpty();
      assertThat(findings(elasticsearch)).isEmpty();
    }
  }

  @Test
  void pro001FiresOnTwoNodes() {
    Topology twoNodes = copy(copy(PRODUCTION).withNodes(PRODUCTION.nodes().subList(0, 2)))
        .withGateways(PRODUCTION.gateways().subList(0, 2));
    assertThat(findings(twoNodes)).containsExactly("PRO-TOP-001 nodes", "PRO-TOP-008 gateways");
  }

  @Test
  void pro002FiresOnASharedZoneAndOnAMissingZone() {
    assertThat(findings(node(PRODUCTION, 1, n -> n.withZone(AvailabilityZone.of("az1")))))
        .containsExactly("PRO-TOP-002 nodes[1].zone");
    assertThat(findings(node(PRODUCTION, 0, n -> n.withZone(Optional.empty()))))
        .containsExactly("PRO-TOP-002 nodes[0].zone");
  }

  @Test
  void pro003FiresOnAReadOnlyDatabaseNode() {
    Topology readOnly = service(PRODUCTION, 1, ServiceKind.MARIADB, s -> s.withRole(ServiceRole.READ_ONLY));
    assertThat(findings(readOnly)).containsExactly("PRO-TOP-003 nodes[1].services.mariadb.role");
  }

  @Test
  void pro004FiresOnTwoActiveRedisServersAndOnNone() {
    assertThat(findings(service(PRODUCTION, 2, ServiceKind.REDIS, s -> s.withRole(ServiceRole.ACTIVE))))
        .containsExactly("PRO-TOP-004 nodes[2].services.redis.role");
    assertThat(findings(service(PRODUCTION, 0, ServiceKind.REDIS, s -> s.withRole(ServiceRole.REPLICA))))
        .containsExactly("PRO-TOP-004 nodes");
  }

  @Test
  void pro005FiresOnAnIncrementOtherThanThreeAndOnAMissingSetting() {
    assertThat(findings(service(PRODUCTION, 0, ServiceKind.MARIADB,
            s -> s.withAutoIncrement(AutoIncrement.of(2, 1)))))
        .containsExactly("PRO-TOP-005 nodes[0].services.mariadb.autoIncrement.increment");
    assertThat(findings(service(PRODUCTION, 0, ServiceKind.MARIADB,
            s -> s.withAutoIncrement(Optional.empty()))))
        .containsExactly("PRO-TOP-005 nodes[0].services.mariadb.autoIncrement");
  }

  @Test
  void pro006FiresOnADuplicateOffsetAndOnAnOffsetAboveTheIncrement() {
    assertThat(findings(service(PRODUCTION, 1, ServiceKind.MARIADB,
            s -> s.withAutoIncrement(AutoIncrement.of(3, 1)))))
        .containsExactly("PRO-TOP-006 nodes[1].services.mariadb.autoIncrement.offset");
    assertThat(findings(service(PRODUCTION, 2, ServiceKind.MARIADB,
            s -> s.withAutoIncrement(AutoIncrement.of(3, 4)))))
        .containsExactly("PRO-TOP-006 nodes[2].services.mariadb.autoIncrement.offset");
  }

  @Test
  void pro007FiresOnAMissingMountAndOnAMissingGlusterfs() {
    assertThat(findings(service(PRODUCTION, 0, ServiceKind.GLUSTERFS,
            s -> s.withMounts("var", "pub/media", "pub/static"))))
        .containsExactly("PRO-TOP-007 nodes[0].services.glusterfs.mounts");
    assertThat(findings(without(PRODUCTION, 1, ServiceKind.GLUSTERFS)))
        .containsExactly("PRO-TOP-007 nodes[1].services.glusterfs");
  }

  @Test
  void pro008FiresOnTwoGatewaysAndOnTwoGatewaysForOneNode() {
    Topology two = copy(PRODUCTION).withGateways(PRODUCTION.gateways().subList(0, 2));
    assertThat(findings(two)).containsExactly("PRO-TOP-008 gateways");
    Topology shared = copy(PRODUCTION).withGateways(
        Gateway.forNode(1), Gateway.forNode(2), Gateway.builder().id("gateway-3").nodeNumber(2).build());
    assertThat(findings(shared)).containsExactly("PRO-TOP-008 gateways[2].nodeNumber");
  }

  @Test
  void pro009FiresOnOpenSearchBefore243p2AndOnElasticsearchAfter() {
    Topology early = copy(PRODUCTION).withCommerceVersion(CommerceVersion.of("2.4.3-p1"));
    assertThat(findings(early)).containsExactly(
        "PRO-TOP-009 nodes[0].services.opensearch",
        "PRO-TOP-009 nodes[1].services.opensearch",
        "PRO-TOP-009 nodes[2].services.opensearch");
    assertThat(findings(swapSearch(PRODUCTION, ServiceKind.ELASTICSEARCH))).containsExactly(
        "PRO-TOP-009 nodes[0].services.elasticsearch",
        "PRO-TOP-009 nodes[1].services.elasticsearch",
        "PRO-TOP-009 nodes[2].services.elasticsearch");
  }

  @Test
  void pro010FiresOnANodeWithoutASearchEngine() {
    assertThat(findings(without(PRODUCTION, 2, ServiceKind.OPENSEARCH)))
        .containsExactly("PRO-TOP-010 nodes[2].services.search");
  }

  @Test
  void pro011FiresOnAServiceNodeInAClassicCluster() {
    assertThat(findings(node(PRODUCTION, 2, n -> n.withRole(NodeRole.SERVICE))))
        .containsExactly("PRO-TOP-011 nodes[2].role");
  }

  @Test
  void pro012FiresOnAScaledClusterWithTwoWebNodes() throws Exception {
    Topology scaled = TopologyFactory.scaled(EnvironmentType.PRODUCTION, ClusterTier.of(48), V247, 3);
    Topology short1 = copy(scaled).withNodes(scaled.nodes().subList(0, 5));
    assertThat(findings(short1)).containsExactly("PRO-TOP-012 nodes");
  }

  @Test
  void pro013FiresOnAScaledClusterBelowPro48() throws Exception {
    Topology scaled = TopologyFactory.scaled(EnvironmentType.PRODUCTION, ClusterTier.of(48), V247, 3);
    assertThat(findings(copy(scaled).withTier(ClusterTier.of(24))))
        .containsExactly("PRO-TOP-013 tier");
  }

  @Test
  void pro014FiresOnANodeWithoutPhpFpmAndOnAProductionNodeWithoutFastly() {
    assertThat(findings(without(PRODUCTION, 1, ServiceKind.PHP_FPM)))
        .containsExactly("PRO-TOP-014 nodes[1].services.php-fpm");
    assertThat(findings(without(PRODUCTION, 0, ServiceKind.FASTLY)))
        .containsExactly("PRO-TOP-014 nodes[0].services.fastly");
  }

  @Test
  void pro015FiresOnAProductionNodeWithoutNewRelicInfrastructureButNotOnStaging() {
    assertThat(findings(without(PRODUCTION, 0, ServiceKind.NEW_RELIC_INFRASTRUCTURE)))
        .containsExactly("PRO-TOP-015 nodes[0].services.newrelic-infrastructure");
    Topology staging = TopologyFactory.forEnvironment(EnvironmentType.STAGING, ClusterTier.PRO12, V247);
    assertThat(staging.nodes().get(0).runs(ServiceKind.NEW_RELIC_INFRASTRUCTURE)).isFalse();
    assertThat(findings(staging)).isEmpty();
  }

  @Test
  void pro016FiresWithoutAnElasticLoadBalancer() {
    assertThat(findings(copy(PRODUCTION).withElasticLoadBalancer(false)))
        .containsExactly("PRO-TOP-016 elasticLoadBalancer");
  }

  @Test
  void aDiagnosticCarriesItsRuleSeverityHintAndDetailsAndKeepsThePathOutOfTheMessage() {
    Diagnostic finding = TopologyConformance.check(
        service(PRODUCTION, 1, ServiceKind.MARIADB, s -> s.withRole(ServiceRole.READ_ONLY))).get(0);
    assertThat(finding.ruleId()).isEqualTo(RuleId.of("PRO-TOP-003"));
    assertThat(finding.hint()).isPresent();
    assertThat(finding.details()).containsEntry("actual", "read-only").containsEntry("node", "2");
    assertThat(finding.location().flatMap(location -> location.path()))
        .contains("nodes[1].services.mariadb.role");
    assertThat(finding.message()).doesNotContain("nodes[1]").doesNotContain("node 2");
  }

  @Test
  void noMessageNamesTheNodeItIsAbout() {
    List<Topology> broken = List.of(
        node(PRODUCTION, 1, n -> n.withZone(Optional.empty())),
        service(PRODUCTION, 1, ServiceKind.REDIS, s -> s.withRole(ServiceRole.ACTIVE)),
        service(PRODUCTION, 1, ServiceKind.MARIADB, s -> s.withAutoIncrement(AutoIncrement.of(2, 4))),
        without(PRODUCTION, 1, ServiceKind.GLUSTERFS),
        without(PRODUCTION, 1, ServiceKind.OPENSEARCH),
        without(PRODUCTION, 1, ServiceKind.NGINX),
        without(PRODUCTION, 1, ServiceKind.NEW_RELIC_APM),
        node(PRODUCTION, 1, n -> n.withRole(NodeRole.SERVICE)));
    for (Topology topology : broken) {
      assertThat(TopologyConformance.check(topology)).isNotEmpty().allSatisfy(finding -> {
        assertThat(finding.message()).doesNotContain("node 2").doesNotContain("node2");
        assertThat(finding.details()).containsEntry("node", "2");
      });
    }
  }

  @Test
  void theCatalogListsEveryTopologyRuleThroughTheServicesFile() {
    RuleCatalog catalog = RuleCatalog.load(getClass().getClassLoader());
    assertThat(catalog.area("TOP")).extracting(rule -> rule.id().value())
        .containsExactlyElementsOf(TopologyConformance.descriptors().stream().map(d -> d.id().value()).toList())
        .hasSize(16);
  }

  @Test
  void aHostBuiltTopologyIsCheckedLikeTheFactorysOne() {
    Topology byHand = Topology.builder()
        .environment(EnvironmentType.PRODUCTION)
        .architecture(Architecture.CLASSIC)
        .commerceVersion(V247)
        .tier(ClusterTier.PRO12)
        .elasticLoadBalancer(true)
        .addAllNodes(PRODUCTION.nodes())
        .addAllGateways(PRODUCTION.gateways())
        .build();
    assertThat(findings(byHand)).isEmpty();
  }

  static List<String> findings(Topology topology) {
    return TopologyConformance.check(topology).stream()
        .map(d -> d.ruleId() + " " + d.location().flatMap(l -> l.path()).orElse(""))
        .toList();
  }

  static ImmutableTopology copy(Topology topology) {
    return (ImmutableTopology) ImmutableTopology.copyOf(topology);
  }

  static Topology node(Topology topology, int index, Function<ImmutableNode, Node> change) {
    List<Node> nodes = new ArrayList<>(topology.nodes());
    nodes.set(index, change.apply((ImmutableNode) ImmutableNode.copyOf(nodes.get(index))));
    return copy(topology).withNodes(nodes);
  }

  static Topology service(Topology topology, int index, ServiceKind kind, Function<ImmutableService, Service> change) {
    return node(topology, index, node -> node.withServices(node.services().stream()
        .map(s -> s.kind() == kind ? change.apply((ImmutableService) ImmutableService.copyOf(s)) : s)
        .toList()));
  }

  static Topology without(Topology topology, int index, ServiceKind kind) {
    return node(topology, index, node -> node.withServices(
        node.services().stream().filter(s -> s.kind() != kind).toList()));
  }

  static Topology swapSearch(Topology topology, ServiceKind engine) {
    Topology swapped = topology;
    for (int i = 0; i < topology.nodes().size(); i++) {
      swapped = node(swapped, i, node -> node.withServices(node.services().stream()
          .map(s -> s.isSearchEngine() ? Service.of(engine) : s)
          .toList()));
    }
    return swapped;
  }
}
