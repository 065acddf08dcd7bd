package dev.proarch.core.model;

import dev.proarch.core.version.CommerceVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The nodes, services and gateways of one environment, for one Commerce version. {@link TopologyFactory}
 * builds the Pro shape from a tier; a host builds its own through {@link #builder()} (from its inventory,
 * say) and checks it against the Pro shape with the topology conformance rules. A topology that departs
 * from the Pro shape still builds: only structural impossibilities (two nodes with one number) fail.
 */
@Value.Immutable
public abstract class Topology {

  public abstract EnvironmentType environment();

  /** The declared shape, which conformance checks against. */
  public abstract Architecture architecture();

  public abstract CommerceVersion commerceVersion();

  /** The cluster tier of a dedicated environment; empty for PaaS environments. */
  public abstract Optional<ClusterTier> tier();

  /** True when an Elastic Load Balancer fronts the nodes (dedicated environments). */
  @Value.Default
  public boolean elasticLoadBalancer() {
    return false;
  }

  public abstract List<Node> nodes();

  public abstract List<Gateway> gateways();

  public static ImmutableTopology.Builder builder() {
    return ImmutableTopology.builder();
  }

  /** The nodes that hold the data services: all nodes when classic, the service nodes when scaled. */
  @Value.Derived
  @Value.Auxiliary
  public List<Node> dataNodes() {
    return nodes().stream().filter(node -> node.role().holdsData()).toList();
  }

  /** The web nodes of a scaled cluster; empty otherwise. */
  public List<Node> webNodes() {
    return nodes().stream().filter(node -> node.role() == NodeRole.WEB).toList();
  }

  public Optional<Node> node(int number) {
    return nodes().stream().filter(node -> node.number() == number).findFirst();
  }

  /** The search engine the nodes run, if any: the first one found, in node order. */
  public Optional<SearchEngine> searchEngine() {
    return nodes().stream()
        .flatMap(node -> node.searchService().stream())
        .findFirst()
        .flatMap(service -> SearchEngine.of(service.kind()));
  }

  /** The sum of the nodes' vCPU; nodes of unknown size count nothing. */
  public int totalVcpu() {
    return nodes().stream().flatMap(node -> node.resources().stream()).mapToInt(Resources::vcpu).sum();
  }

  /** The sum of the nodes' RAM in GB; nodes of unknown size count nothing. */
  public int totalRamGb() {
    return nodes().stream().flatMap(node -> node.resources().stream()).mapToInt(Resources::ramGb).sum();
  }

  @Value.Check
  protected void check() {
    Set<Integer> numbers = new HashSet<>();
    for (Node node : nodes()) {
      if (!numbers.add(node.number())) {
        throw new IllegalArgumentException("two nodes are numbered " + node.number());
      }
    }
    Set<String> gatewayIds = new HashSet<>();
    for (Gateway gateway : gateways()) {
      if (!gatewayIds.add(gateway.id())) {
        throw new IllegalArgumentException("two gateways are called " + gateway.id());
      }
    }
  }
}
