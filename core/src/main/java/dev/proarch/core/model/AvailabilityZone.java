package dev.proarch.core.model;

import org.immutables.value.Value;

/**
 * An availability zone, by a symbolic id such as {@code az1}. The seed places each Pro node in its own AWS or
 * Azure zone but names no region, so the factory numbers the zones; a host that knows the real zone names
 * ({@code us-east-1a}) builds topologies with those.
 */
@Value.Immutable
public abstract class AvailabilityZone implements Comparable<AvailabilityZone> {

  @Value.Parameter
  public abstract String id();

  public static AvailabilityZone of(String id) {
    return ImmutableAvailabilityZone.of(id);
  }

  /** The symbolic zone {@code azN}, 1-based. */
  public static AvailabilityZone numbered(int number) {
    return of("az" + number);
  }

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("an availability zone needs an id");
    }
  }

  @Override
  public int compareTo(AvailabilityZone other) {
    return id().compareTo(other.id());
  }

  @Override
  public String toString() {
    return id();
  }
}
