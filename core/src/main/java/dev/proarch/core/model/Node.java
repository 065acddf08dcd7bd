package dev.proarch.core.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One virtual machine or container of an environment: its 1-based number (the platform's SSH numbering),
 * role, availability zone, size, and the services it runs, at most one of each kind.
 */
@Value.Immutable
public abstract class Node {

  /** 1-based, as the platform numbers nodes for SSH. */
  public abstract int number();

  public abstract NodeRole role();

  /** Empty for PaaS containers, which run on a shared grid. */
  public abstract Optional<AvailabilityZone> zone();

  /** Empty for PaaS containers, whose size the cluster tier does not set. */
  public abstract Optional<Resources> resources();

  public abstract List<Service> services();

  public static ImmutableNode.Builder builder() {
    return ImmutableNode.builder();
  }

  /** {@code node1}, {@code node2}, ... */
  public String name() {
    return "node" + number();
  }

  public Optional<Service> service(ServiceKind kind) {
    for (Service service : services()) {
      if (service.kind() == kind) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  public boolean runs(ServiceKind kind) {
    return service(kind).isPresent();
  }

  /** The search service of this node, if it runs one. */
  public Optional<Service> searchService() {
    for (Service service : services()) {
      if (service.isSearchEngine()) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  protected void check() {
    if (number() < 1) {
      throw new IllegalArgumentException("node numbers are 1-based, got " + number());
    }
    Set<ServiceKind> seen = EnumSet.noneOf(ServiceKind.class);
    for (Service service : services()) {
      if (!seen.add(service.kind())) {
        throw new IllegalArgumentException(
            name() + " lists " + service.kind().displayName() + " twice; a node runs one of each service");
      }
    }
  }
}
