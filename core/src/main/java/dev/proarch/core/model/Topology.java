package dev.proarch.core.model;

import dev.proarch.core.version.CommerceVersion;
import java.util.ArrayList;
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
    List<Node> found = new ArrayList<>();
    for (Node node : nodes()) {
      if (node.role().holdsData()) {
        found.add(node);
      }
    }
    return List.copyOf(found);
  }

  /** The web nodes of a scaled cluster; empty otherwise. */
  public List<Node> webNodes() {
    List<Node> found = new ArrayList<>();
    for (Node node : nodes()) {
      if (node.role() == NodeRole.WEB) {
        found.add(node);
      }
    }
    return List.copyOf(found);
  }

  public Optional<Node> node(int number) {
    for (Node node : nodes()) {
      if (node.number() == number) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }

  /** The search engine the nodes run, if any: the first one found, in node order. */
  public Optional<SearchEngine> searchEngine() {
    for (Node node : nodes()) {
      Optional<Service> service = node.searchService();
      if (service.isPresent()) {
        return SearchEngine.of(service.get().kind());
      }
    }
    return Optional.empty();
  }

  /** The sum of the nodes' vCPU; nodes of unknown size count nothing. */
  public int totalVcpu() {
    int total = 0;
    for (Node node : nodes()) {
      if (node.resources().isPresent()) {
        total += node.resources().get().vcpu();
      }
    }
    return total;
  }

  /** The sum of the nodes' RAM in GB; nodes of unknown size count nothing. */
  public int totalRamGb() {
    int total = 0;
    for (Node node : nodes()) {
      if (node.resources().isPresent()) {
        total += node.resources().get().ramGb();
      }
    }
    return total;
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
