package dev.proarch.core.policy.branching;

import org.immutables.value.Value;

/**
 * The name of an environment, which is also its Git branch and its id (platform-rules.md 2.1). Any
 * non-empty text is a name; whether it is a good one is for the naming rules (PRO-BR-006..008) to say.
 */
@Value.Immutable
public abstract class EnvironmentName implements Comparable<EnvironmentName> {

  @Value.Parameter
  public abstract String value();

  public static EnvironmentName of(String value) {
    return ImmutableEnvironmentName.of(value);
  }

  @Value.Check
  protected void check() {
    if (value().isEmpty()) {
      throw new IllegalArgumentException("an environment name must not be empty");
    }
  }

  @Override
  public int compareTo(EnvironmentName other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
