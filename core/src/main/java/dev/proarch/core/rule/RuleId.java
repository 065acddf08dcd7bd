package dev.proarch.core.rule;

import dev.proarch.core.InvalidValueException;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A stable rule id such as {@code PRO-BR-001}: {@code PRO}, an area of two to four capital letters, and a
 * three-digit number. Ids are never reused once published.
 */
@Value.Immutable
public abstract class RuleId implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("PRO-[A-Z]{2,4}-\\d{3}");

  /** The id text, for example {@code PRO-BR-001}. */
  @Value.Parameter
  public abstract String value();

  /** A trusted id, such as a constant in a rule class; throws when it is malformed. */
  public static RuleId of(String value) {
    return ImmutableRuleId.of(value);
  }

  /**
   * The id of a numbered rule of a prefix, {@code numbered("PRO-CFG", 7)} is {@code PRO-CFG-007}. Padded by
   * hand: rule catalogs build their ids at class initialisation, where {@code String.format} was a tenth of a
   * cold command's start (docs/performance.md).
   */
  public static RuleId numbered(String prefix, int number) {
    if (number < 0 || number > 999) {
      throw new IllegalArgumentException("a rule number has three digits, got " + number);
    }
    String digits = Integer.toString(number);
    return of(prefix + "-" + "000".substring(digits.length()) + digits);
  }

  /** An id typed by a user; upper-cases it first so that {@code pro-br-001} is found too. */
  public static RuleId parse(String text) throws InvalidValueException {
    String candidate = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (!isWellFormed(candidate)) {
      throw new InvalidValueException("rule id", text, "PRO-<AREA>-<NNN>, for example PRO-BR-001");
    }
    return of(candidate);
  }

  /** True when the text has the form {@code PRO-<AREA>-<NNN>}. */
  public static boolean isWellFormed(String text) {
    return FORM.matcher(text).matches();
  }

  /** The area, for example {@code BR} in {@code PRO-BR-001}. */
  public String area() {
    return value().substring(4, value().lastIndexOf('-'));
  }

  @Value.Check
  protected void check() {
    if (!isWellFormed(value())) {
      throw new IllegalArgumentException(
          "rule id '" + value() + "' does not have the form PRO-<AREA>-<NNN>");
    }
  }

  @Override
  public int compareTo(RuleId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
