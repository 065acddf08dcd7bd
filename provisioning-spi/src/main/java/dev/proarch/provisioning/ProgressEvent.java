package dev.proarch.provisioning;

import java.time.Instant;
import org.immutables.value.Value;

/** Something a provider or the guard did, for a host's log or progress bar. */
@Value.Immutable
public abstract class ProgressEvent {

  public abstract ProviderId providerId();

  public abstract EnvironmentId environmentId();

  public abstract Instant at();

  /** One line for people, such as {@code node 2 serving at Pro24}. */
  public abstract String message();

  public static ImmutableProgressEvent.Builder builder() {
    return ImmutableProgressEvent.builder();
  }

  public static ProgressEvent of(ProviderId providerId, EnvironmentId environmentId, Instant at, String message) {
    return builder().providerId(providerId).environmentId(environmentId).at(at).message(message).build();
  }
}
