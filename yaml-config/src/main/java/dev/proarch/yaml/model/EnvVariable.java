package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import org.immutables.value.Value;

/** One {@code stage.<stage>.<VARIABLE>} of {@code .magento.env.yaml}. */
@Value.Immutable
public abstract class EnvVariable {

  /** {@code global}, {@code build}, {@code deploy}, {@code post-deploy}, or whatever the file says. */
  public abstract String stage();

  public abstract String name();

  public abstract ConfigNode value();

  /** Where the variable name is written. */
  public abstract Location location();

  public static ImmutableEnvVariable.Builder builder() {
    return ImmutableEnvVariable.builder();
  }
}
