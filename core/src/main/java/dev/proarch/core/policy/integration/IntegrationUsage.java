package dev.proarch.core.policy.integration;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How an integration environment is used: what the best-practice rules inspect. Every figure is optional,
 * because a caller often knows only some of them; a rule says nothing about a figure it is not given.
 */
@Value.Immutable
public abstract class IntegrationUsage {

  /** The environment, such as {@code integration} or a developer branch, for the finding's location. */
  public abstract Optional<String> environment();

  /** Products in the catalog. */
  public abstract OptionalInt catalogProducts();

  /** Users working on the environment at the same time. */
  public abstract OptionalInt concurrentUsers();

  /** Whether scheduled cron jobs run, rather than being run by hand. */
  public abstract Optional<Boolean> cronEnabled();

  public static ImmutableIntegrationUsage.Builder builder() {
    return ImmutableIntegrationUsage.builder();
  }
}
