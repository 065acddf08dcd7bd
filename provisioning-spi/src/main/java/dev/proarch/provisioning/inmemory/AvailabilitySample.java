package dev.proarch.provisioning.inmemory;

import dev.proarch.provisioning.EnvironmentId;
import java.time.Instant;
import org.immutables.value.Value;

/** How many nodes of an active environment served at one moment, recorded on every change. */
@Value.Immutable
public abstract class AvailabilitySample {

  public abstract Instant at();

  public abstract EnvironmentId environmentId();

  public abstract int servingNodes();

  public abstract int totalNodes();

  /** What happened, such as {@code node 2 rotating to Pro24}. */
  public abstract String cause();

  public static ImmutableAvailabilitySample.Builder builder() {
    return ImmutableAvailabilitySample.builder();
  }
}
