package dev.proarch.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.version.CommerceVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyFactoryTest {
  private static final CommerceVersion V247 = CommerceVersion.of("2.4.7");

  @Test
  void productionHasThreeUnifiedNodesInThreeZonesBehindAnElasticLoadBalancer() {
    Topology production = TopologyFactory.production(ClusterTier.PRO12, V247);
    assertThat(production.architecture()).isEqualTo(Architecture.CLASSIC);
    assertThat(production.elasticLoadBalancer()).isTrue();
    assertThat(production.nodes()).extracting(Node::role).containsOnly(NodeRole.UNIFIED).hasSize(3);
    assertThat(production.nodes()).extracting(node -> node.zone().orElseThrow().id())
        .containsExactly("az1", "az2", "az3");
  }

  @Test
  void everyProductionNodeRunsTheWholeSeedStack() {
    for (Node node : TopologyFactory.production(ClusterTier.PRO12, V247).nodes()) {
      assertThat(node.services()).extracting(Service::kind).containsExactly(
          ServiceKind.FASTLY, ServiceKind.HAPROXY, ServiceKind.NGINX, ServiceKind.PHP_FPM,
          ServiceKind.GLUSTERFS, ServiceKind.REDIS, ServiceKind.OPENSEARCH, ServiceKind.MARIADB,
          ServiceKind.NEW_RELIC_APM, ServiceKind.NEW_RELIC_INFRASTRUCTURE);
      assertThat(node.service(ServiceKind.GLUSTERFS).orElseThrow().mounts())
          .containsExactly("var", "pub/media", "pub/static", "app/etc");
      assertThat(node.service(ServiceKind.MARIADB).orElseThrow().role()).isEqualTo(ServiceRole.READ_WRITE);
    }
  }

  @Test
  void redisIsActiveOnTheFirstNodeAndReplicatedOnTheOthers() {
    List<ServiceRole> roles = TopologyFactory.production(ClusterTier.PRO12, V247).nodes().stream()
        .map(node -> node.service(ServiceKind.REDIS).orElseThrow().role())
        .toList();
    assertThat(roles).containsExactly(ServiceRole.ACTIVE, ServiceRole.REPLICA, ServiceRole.REPLICA);
  }

  @Test
  void galeraNodesHaveIncrementThreeAndOffsetsOneTwoThree() {
    List<AutoIncrement> settings = TopologyFactory.production(ClusterTier.PRO12, V247).nodes().stream()
        .map(node -> node.service(ServiceKind.MARIADB).orElseThrow().autoIncrement().orElseThrow())
        .toList();
    assertThat(settings).containsExactly(
        AutoIncrement.of(3, 1), AutoIncrement.of(3, 2), AutoIncrement.of(3, 3));
  }

  @Test
  void threeSymbolicGatewaysOnePerNodeWithoutAddresses() {
    Topology production = TopologyFactory.production(ClusterTier.PRO12, V247);
    assertThat(production.gateways()).extracting(Gateway::id)
        .containsExactly("gateway-1", "gateway-2", "gateway-3");
    assertThat(production.gateways()).extracting(Gateway::nodeNumber).containsExactly(1, 2, 3);
    assertThat(production.gateways()).allSatisfy(gateway -> assertThat(gateway.address()).isEmpty());
  }

  @Test
  void pro12IsFourVcpuAndSixteenGbANodeAndTwelveAndFortyEightInTotal() {
    Topology production = TopologyFactory.production(ClusterTier.PRO12, V247);
    assertThat(production.nodes()).allSatisfy(
        node -> assertThat(node.resources()).contains(Resources.of(4, 16)));
    assertThat(production.totalVcpu()).isEqualTo(12);
    assertThat(production.totalRamGb()).isEqualTo(48);
  }

  @Test
  void pro120IsFortyVcpuAndOneHundredSixtyGbANode() {
    Topology production = TopologyFactory.production(ClusterTier.PRO120, V247);
    assertThat(production.nodes().get(0).resources()).contains(Resources.of(40, 160));
    assertThat(production.totalVcpu()).isEqualTo(120);
    assertThat(production.totalRamGb()).isEqualTo(480);
  }

  @Test
  void stagingHasTheSameStackWithNewRelicApmOnly() {
    Topology staging = TopologyFactory.forEnvironment(EnvironmentType.STAGING, ClusterTier.PRO12, V247);
    assertThat(staging.nodes()).hasSize(3).allSatisfy(node -> {
      assertThat(node.runs(ServiceKind.FASTLY)).isTrue();
      assertThat(node.runs(ServiceKind.NEW_RELIC_APM)).isTrue();
      assertThat(node.runs(ServiceKind.NEW_RELIC_INFRASTRUCTURE)).isFalse();
    });
  }

  @Test
  void integrationAndMasterAreOnePaasContainerWithAWebServerAndADatabase() {
    for (EnvironmentType paas : List.of(EnvironmentType.INTEGRATION, EnvironmentType.MASTER)) {
      Topology topology = TopologyFactory.forEnvironment(paas, ClusterTier.PRO12, V247);
      assertThat(topology.architecture()).isEqualTo(Architecture.PAAS);
      assertThat(topology.tier()).isEmpty();
      assertThat(topology.gateways()).isEmpty();
      assertThat(topology.elasticLoadBalancer()).isFalse();
      assertThat(topology.nodes()).singleElement().satisfies(node -> {
        assertThat(node.role()).isEqualTo(NodeRole.CONTAINER);
        assertThat(node.services()).extracting(Service::kind)
            .containsExactly(ServiceKind.NGINX, ServiceKind.PHP_FPM, ServiceKind.MARIADB);
      });
    }
  }

  @Test
  void searchEngineFollowsTheCommerceVersion() {
    assertThat(TopologyFactory.production(ClusterTier.PRO12, CommerceVersion.of("2.4.2")).searchEngine())
        .contains(SearchEngine.ELASTICSEARCH);
    assertThat(TopologyFactory.production(ClusterTier.PRO12, V247).searchEngine())
        .contains(SearchEngine.OPENSEARCH);
    assertThat(TopologyFactory.production(ClusterTier.PRO12, CommerceVersion.of("2.1.18")).searchEngine())
        .isEmpty();
  }

  @Test
  void serviceVersionsComeFromTheCompatibilityMatrix() {
    Node node = TopologyFactory.production(ClusterTier.PRO12, V247).nodes().get(0);
    assertThat(node.service(ServiceKind.PHP_FPM).orElseThrow().version()).contains("8.3");
    assertThat(node.service(ServiceKind.MARIADB).orElseThrow().version()).contains("10.6");
    assertThat(node.service(ServiceKind.REDIS).orElseThrow().version()).contains("7.2");
    assertThat(node.service(ServiceKind.OPENSEARCH).orElseThrow().version()).contains("2");
    assertThat(node.service(ServiceKind.FASTLY).orElseThrow().version()).isEmpty();
  }

  @Test
  void scaledHasThreeServiceNodesAndTheRequestedWebNodesAcrossTheZones() throws Exception {
    Topology scaled = TopologyFactory.scaled(EnvironmentType.PRODUCTION, ClusterTier.of(48), V247, 4);
    assertThat(scaled.architecture()).isEqualTo(Architecture.SCALED);
    assertThat(scaled.dataNodes()).extracting(Node::number).containsExactly(1, 2, 3);
    assertThat(scaled.webNodes()).extracting(Node::number).containsExactly(4, 5, 6, 7);
    assertThat(scaled.webNodes()).extracting(node -> node.zone().orElseThrow().id())
        .containsExactly("az1", "az2", "az3", "az1");
    assertThat(scaled.webNodes()).allSatisfy(node -> {
      assertThat(node.runs(ServiceKind.PHP_FPM)).isTrue();
      assertThat(node.runs(ServiceKind.MARIADB)).isFalse();
    });
    assertThat(scaled.dataNodes()).allSatisfy(node -> assertThat(node.runs(ServiceKind.NGINX)).isFalse());
    assertThat(scaled.webNodes()).allSatisfy(node -> assertThat(node.resources()).isEmpty());
    assertThat(scaled.totalVcpu()).isEqualTo(48);
    assertThat(scaled.totalRamGb()).isEqualTo(192);
  }

  @Test
  void scaledNeedsPro48AStagingOrProductionEnvironmentAndThreeWebNodes() {
    assertThatThrownBy(() -> TopologyFactory.scaled(EnvironmentType.PRODUCTION, ClusterTier.of(45), V247, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Pro48 or larger");
    assertThatThrownBy(() -> TopologyFactory.scaled(EnvironmentType.INTEGRATION, ClusterTier.of(48), V247, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("staging or production");
    assertThatThrownBy(() -> TopologyFactory.scaled(EnvironmentType.PRODUCTION, ClusterTier.of(48), V247, 2))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 3");
  }

  @Test
  void aHostCanBuildATopologyByHandThatDepartsFromTheProShape() {
    Topology byHand = Topology.builder()
        .environment(EnvironmentType.PRODUCTION)
        .architecture(Architecture.CLASSIC)
        .commerceVersion(V247)
        .addNodes(Node.builder().number(1).role(NodeRole.UNIFIED)
            .addServices(Service.builder().kind(ServiceKind.REDIS).role(ServiceRole.REPLICA).build())
            .build())
        .build();
    assertThat(byHand.nodes()).hasSize(1);
    assertThat(byHand.gateways()).isEmpty();
  }

  @Test
  void twoNodesWithOneNumberDoNotBuild() {
    Node one = Node.builder().number(1).role(NodeRole.UNIFIED).build();
    assertThatThrownBy(() -> Topology.builder()
            .environment(EnvironmentType.PRODUCTION).architecture(Architecture.CLASSIC)
            .commerceVersion(V247).addNodes(one, one).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered 1");
  }

  @Test
  void aMountOnAServiceOtherThanGlusterfsDoesNotBuild() {
    assertThatThrownBy(() -> Service.builder().kind(ServiceKind.REDIS).addMounts("var").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
