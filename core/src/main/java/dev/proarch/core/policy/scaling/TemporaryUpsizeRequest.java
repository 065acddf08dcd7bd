package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request to run a larger tier for a time window, for an event or a sale, raised through a support ticket
 * at {@code requestedAt}; after {@code end} the cluster runs {@code tierAfterWindow}.
 */
@Value.Immutable
public abstract class TemporaryUpsizeRequest {

  public abstract ClusterTier contracted();

  public abstract ClusterTier temporary();

  public abstract ClusterTier tierAfterWindow();

  public abstract Instant requestedAt();

  public abstract Instant start();

  public abstract Instant end();

  /** An emergency goes to support at once and is exempt from the notice period. */
  @Value.Default
  public boolean emergency() {
    return false;
  }

  public static ImmutableTemporaryUpsizeRequest.Builder builder() {
    return ImmutableTemporaryUpsizeRequest.builder();
  }
}
