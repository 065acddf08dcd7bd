package dev.proarch.provisioning;

import dev.proarch.core.InvalidValueException;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The stable id of a provisioning provider, such as {@code inmemory} or {@code kubernetes}: lower-case
 * letters and digits in words joined by single hyphens, starting with a letter, 2 to 32 characters. It is
 * what users type to choose a provider and what every {@link ProvisioningException} names.
 */
@Value.Immutable
public abstract class ProviderId implements Comparable<ProviderId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MIN_LENGTH = 2;
  private static final int MAX_LENGTH = 32;
  private static final String EXPECTED =
      "2 to 32 lower-case letters and digits in words joined by hyphens, starting with a letter, such as"
          + " inmemory or kubernetes";

  @Value.Parameter
  public abstract String value();

  /** A trusted id, such as a provider's constant; throws {@link IllegalArgumentException} when malformed. */
  public static ProviderId of(String value) {
    return ImmutableProviderId.of(value);
  }

  /** An id typed by a user. */
  public static ProviderId parse(String text) throws InvalidValueException {
    String candidate = text.trim();
    if (!isWellFormed(candidate)) {
      throw new InvalidValueException("provider id", text, EXPECTED);
    }
    return of(candidate);
  }

  public static boolean isWellFormed(String text) {
    return text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && FORM.matcher(text).matches();
  }

  @Value.Check
  protected void check() {
    if (!isWellFormed(value())) {
      throw new IllegalArgumentException("invalid provider id '" + value() + "': expected " + EXPECTED);
    }
  }

  @Override
  public int compareTo(ProviderId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
