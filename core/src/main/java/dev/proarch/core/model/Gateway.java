package dev.proarch.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the three gateway servers that give a Pro cluster its static outbound IP addresses, one per node
 * (seed: Redundant hardware). The factory gives each a symbolic id and no address: Adobe assigns the
 * addresses when it provisions the project, and ProArch prints none that could be mistaken for a real one
 * (docs/decisions.md D-TOP-3). A host that knows the addresses fills them in.
 */
@Value.Immutable
public abstract class Gateway {

  /** A symbolic id such as {@code gateway-1}. */
  public abstract String id();

  /** The number of the node whose outbound traffic leaves through this gateway. */
  public abstract int nodeNumber();

  /** The static IP address, when the host knows it. */
  public abstract Optional<String> address();

  public static ImmutableGateway.Builder builder() {
    return ImmutableGateway.builder();
  }

  /** The symbolic gateway of node n, without an address. */
  public static Gateway forNode(int nodeNumber) {
    return builder().id("gateway-" + nodeNumber).nodeNumber(nodeNumber).build();
  }

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("a gateway needs an id");
    }
  }
}
