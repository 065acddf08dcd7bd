package dev.proarch.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.version.CommerceVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The invariants of every topology the factory builds, over every tier, version and dedicated shape. */
class TopologyPropertiesTest {

  @Property(tries = 300)
  void everyTopologyHasExactlyOneActiveRedis(@ForAll("dedicatedTopologies") Topology topology) {
    long active = topology.nodes().stream()
        .flatMap(node -> node.service(ServiceKind.REDIS).stream())
        .filter(redis -> redis.role() == ServiceRole.ACTIVE)
        .count();
    assertThat(active).isEqualTo(1);
  }

  @Property(tries = 300)
  void everyTopologyHasThreeGaleraNodesWithIncrementThreeAndDistinctOffsets(
      @ForAll("dedicatedTopologies") Topology topology) {
    List<AutoIncrement> galera = topology.nodes().stream()
        .flatMap(node -> node.service(ServiceKind.MARIADB).stream())
        .flatMap(database -> database.autoIncrement().stream())
        .toList();
    assertThat(galera).hasSize(3);
    assertThat(galera).extracting(AutoIncrement::increment).containsOnly(3);
    assertThat(galera).extracting(AutoIncrement::offset).doesNotHaveDuplicates().containsOnly(1, 2, 3);
  }

  @Property(tries = 300)
  void tierTotalsAreThePerNodeFiguresTimesThree(@ForAll("tiers") ClusterTier tier, @ForAll("versions") CommerceVersion version) {
    Topology production = TopologyFactory.production(tier, version);
    assertThat(production.totalVcpu()).isEqualTo(tier.vcpuPerNode() * 3).isEqualTo(tier.totalVcpu());
    assertThat(production.totalRamGb()).isEqualTo(tier.ramGbPerNode() * 3).isEqualTo(tier.totalRamGb());
  }

  /**
   * Simulates the Galera cluster: each insert goes to one of the three nodes, which issues the next id of
   * its own sequence (offset + k * increment). Whatever the interleaving, no id is issued twice.
   */
  @Property(tries = 500)
  void noInterleavingOfInsertsProducesADuplicateAutoIncrementId(
      @ForAll("dedicatedTopologies") Topology topology,
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 2) Integer> interleaving) {
    List<AutoIncrement> galera = topology.dataNodes().stream()
        .map(node -> node.service(ServiceKind.MARIADB).orElseThrow().autoIncrement().orElseThrow())
        .toList();
    long[] insertsSoFar = new long[galera.size()];
    Set<Long> issued = new HashSet<>();
    for (int nodeIndex : interleaving) {
      long id = galera.get(nodeIndex).idOfInsert(insertsSoFar[nodeIndex]++);
      assertThat(issued.add(id)).as("id %d issued twice", id).isTrue();
    }
  }

  @Property(tries = 100)
  void twoNodesWithTheSameOffsetDoProduceADuplicateId(@ForAll @IntRange(min = 1, max = 3) int offset) {
    // The check above can fail: two members with one offset collide on their first insert.
    AutoIncrement left = AutoIncrement.of(3, offset);
    AutoIncrement right = AutoIncrement.of(3, offset);
    assertThat(left.idOfInsert(0)).isEqualTo(right.idOfInsert(0));
  }

  @Provide
  Arbitrary<ClusterTier> tiers() {
    return Arbitraries.integers().between(4, 40).map(perNode -> ClusterTier.of(perNode * 3));
  }

  @Provide
  Arbitrary<CommerceVersion> versions() {
    Arbitrary<Integer> minor = Arbitraries.integers().between(0, 5);
    Arbitrary<Integer> patch = Arbitraries.integers().between(0, 9);
    Arbitrary<Integer> p = Arbitraries.integers().between(0, 14);
    return Combinators.combine(minor, patch, p)
        .as((mi, pa, pn) -> CommerceVersion.of("2." + mi + "." + pa + (pn == 0 ? "" : "-p" + pn)));
  }

  @Provide
  Arbitrary<Topology> dedicatedTopologies() {
    Arbitrary<EnvironmentType> environment = Arbitraries.of(EnvironmentType.STAGING, EnvironmentType.PRODUCTION);
    Arbitrary<Integer> webNodes = Arbitraries.integers().between(0, 9);
    return Combinators.combine(environment, tiers(), versions(), webNodes).as(TopologyPropertiesTest::build);
  }

  /** Classic when webNodes is below 3 or the tier is below Pro48, scaled otherwise. */
  private static Topology build(EnvironmentType environment, ClusterTier tier, CommerceVersion version, int webNodes) {
    if (webNodes < 3 || !tier.offersScaledArchitecture()) {
      return TopologyFactory.forEnvironment(environment, tier, version);
    }
    try {
      return TopologyFactory.scaled(environment, tier, version, webNodes);
    } catch (dev.proarch.core.InvalidValueException e) {
      throw new AssertionError(e);
    }
  }

}
