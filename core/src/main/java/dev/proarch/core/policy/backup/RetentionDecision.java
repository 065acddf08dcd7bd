package dev.proarch.core.policy.backup;

import java.time.Instant;
import org.immutables.value.Value;

/** One backup and why the retention policy keeps or prunes it. */
@Value.Immutable(prehash = false)
public abstract class RetentionDecision {

  @Value.Parameter
  public abstract Instant timestamp();

  /** Why, such as {@code newest in hour 2026-11-25T13Z (hourly within 3 days)}. */
  @Value.Parameter
  public abstract String reason();

  public static RetentionDecision of(Instant timestamp, String reason) {
    return ImmutableRetentionDecision.of(timestamp, reason);
  }
}
