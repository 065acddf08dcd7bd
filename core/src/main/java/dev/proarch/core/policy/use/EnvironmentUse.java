package dev.proarch.core.policy.use;

import dev.proarch.core.model.EnvironmentType;
import org.immutables.value.Value;

/** An intended use of one environment: what the environment-use rules inspect. */
@Value.Immutable
public abstract class EnvironmentUse {

  @Value.Parameter
  public abstract EnvironmentType environment();

  @Value.Parameter
  public abstract Purpose purpose();

  /** Whether the production site has launched; it changes what staging is for. */
  @Value.Parameter
  public abstract boolean launched();

  public static EnvironmentUse of(EnvironmentType environment, Purpose purpose, boolean launched) {
    return ImmutableEnvironmentUse.of(environment, purpose, launched);
  }
}
