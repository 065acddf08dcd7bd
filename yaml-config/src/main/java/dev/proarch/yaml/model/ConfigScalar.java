package dev.proarch.yaml.model;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** A scalar value with its text as written (without quotes) and the kind it resolves to. */
@Value.Immutable
public abstract class ConfigScalar extends ConfigNode {

  /** The value as written, without quotes; empty for an empty null. */
  public abstract String text();

  public abstract ScalarKind kind();

  /** True when the scalar was quoted or a block scalar, which makes it a string whatever its text. */
  public abstract boolean quoted();

  public static ImmutableConfigScalar.Builder builder() {
    return ImmutableConfigScalar.builder();
  }

  /** The integer value of an integer scalar (decimal, octal {@code 0o}/{@code 0}, hex, with {@code _}). */
  public Optional<BigInteger> asInteger() {
    if (kind() != ScalarKind.INTEGER) {
      return Optional.empty();
    }
    return parseInteger(text());
  }

  /** The integer value when it fits in an {@code int}. */
  public Optional<Integer> asInt() {
    Optional<BigInteger> value = asInteger();
    return value.isPresent() && value.get().bitLength() < 32
        ? Optional.of(value.get().intValue())
        : Optional.empty();
  }

  /** The boolean value of a boolean scalar ({@code true}, {@code yes}, {@code on}, ...). */
  public Optional<Boolean> asBoolean() {
    if (kind() != ScalarKind.BOOLEAN) {
      return Optional.empty();
    }
    String lower = text().toLowerCase(Locale.ROOT);
    return Optional.of(lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
  }

  @Override
  public String describe() {
    return kind().label();
  }

  private static Optional<BigInteger> parseInteger(String raw) {
    String text = raw.replace("_", "");
    int sign = 1;
    if (text.startsWith("-") || text.startsWith("+")) {
      sign = text.startsWith("-") ? -1 : 1;
      text = text.substring(1);
    }
    try {
      BigInteger value;
      if (text.startsWith("0x")) {
        value = new BigInteger(text.substring(2), 16);
      } else if (text.startsWith("0o")) {
        value = new BigInteger(text.substring(2), 8);
      } else if (text.startsWith("0b")) {
        value = new BigInteger(text.substring(2), 2);
      } else if (text.length() > 1 && text.startsWith("0") && allDigits(text)) {
        value = new BigInteger(text.substring(1), 8);
      } else if (text.contains(":")) {
        value = sexagesimal(text);
      } else {
        value = new BigInteger(text);
      }
      return Optional.of(sign < 0 ? value.negate() : value);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static BigInteger sexagesimal(String text) {
    BigInteger value = BigInteger.ZERO;
    for (String part : text.split(":")) {
      value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
    }
    return value;
  }
}
