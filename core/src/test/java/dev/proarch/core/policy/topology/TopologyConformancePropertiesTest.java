package dev.proarch.core.policy.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.Topology;
import dev.proarch.core.model.TopologyFactory;
import dev.proarch.core.version.CommerceVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TopologyConformancePropertiesTest {

  @Property(tries = 300)
  void everyTopologyTheFactoryBuildsConformsToTheProShape(
      @ForAll EnvironmentType environment,
      @ForAll @IntRange(min = 4, max = 40) int vcpuPerNode,
      @ForAll("versions") CommerceVersion version) {
    Topology topology = TopologyFactory.forEnvironment(environment, ClusterTier.of(vcpuPerNode * 3), version);
    assertThat(TopologyConformance.check(topology)).isEmpty();
  }

  @Property(tries = 200)
  void everyScaledTopologyTheFactoryBuildsConformsToTheScaledShape(
      @ForAll @IntRange(min = 16, max = 40) int vcpuPerNode,
      @ForAll @IntRange(min = 3, max = 12) int webNodes,
      @ForAll("versions") CommerceVersion version) throws InvalidValueException {
    Topology topology = TopologyFactory.scaled(
        EnvironmentType.PRODUCTION, ClusterTier.of(vcpuPerNode * 3), version, webNodes);
    assertThat(TopologyConformance.check(topology)).isEmpty();
  }

  @Provide
  Arbitrary<CommerceVersion> versions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 14))
        .as((minor, patch, p) -> CommerceVersion.of("2." + minor + "." + patch + (p == 0 ? "" : "-p" + p)));
  }
}
