package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code crons}: a schedule and the command it runs ({@code cmd} or {@code commands.start}). */
@Value.Immutable
public abstract class Cron {

  public abstract String name();

  public abstract Optional<String> spec();

  public abstract Optional<String> command();

  public abstract Location location();

  public static ImmutableCron.Builder builder() {
    return ImmutableCron.builder();
  }
}
