package dev.proarch.provisioning;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The id of one environment of a project as the provider knows it, usually its branch name, such as
 * {@code production} or {@code integration-feature-42}. Lower-case letters, digits, hyphens, dots and
 * underscores, 1 to 64 characters.
 */
@Value.Immutable
public abstract class EnvironmentId implements Comparable<EnvironmentId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  @Value.Parameter
  public abstract String value();

  public static EnvironmentId of(String value) {
    return ImmutableEnvironmentId.of(value);
  }

  public static boolean isWellFormed(String text) {
    return FORM.matcher(text).matches();
  }

  @Value.Check
  protected void check() {
    if (!isWellFormed(value())) {
      throw new IllegalArgumentException(
          "invalid environment id '" + value() + "': expected 1 to 64 lower-case letters, digits, '.', '_'"
              + " or '-', starting with a letter or digit");
    }
  }

  @Override
  public int compareTo(EnvironmentId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
