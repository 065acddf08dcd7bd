package dev.proarch.core.version;

import dev.proarch.core.InvalidValueException;
import java.util.List;

/**
 * A Composer version constraint, such as {@code >=2.4.4 <2.4.6 || ~2.3.7-p4} or {@code ~8.0.0 || ~8.0.1},
 * evaluated with composer/semver's semantics, which is what the platform's deploy tool (ece-tools) uses
 * for its service-version matrix and what Composer uses for composer.json.
 *
 * <p>Supported: {@code >=}, {@code >}, {@code <=}, {@code <}, {@code !=} ({@code <>}), {@code =}
 * ({@code ==}), a bare version (exact), {@code ~}, {@code ^}, {@code *}, {@code 1.2.*}, hyphen ranges
 * ({@code 1.0 - 2.0}), a space or comma for AND, {@code ||} or {@code |} for OR, {@code @stability} flags
 * and {@code as} aliases. Composer's quirks are kept on purpose (see D-VER-3):
 *
 * <ul>
 *   <li>{@code <2.4.9} excludes 2.4.9's pre-releases and {@code >=2.4.9} includes them, because both
 *       compare with {@code 2.4.9.0-dev};
 *   <li>{@code <=2.4.8} excludes 2.4.8-p1: a patch release comes after its base;
 *   <li>a bare {@code 2.4.4} or {@code 10.11} is an exact match, so it allows neither 2.4.4-p1 nor 10.11.2.
 * </ul>
 *
 * <p>Equality is by the (trimmed) text, so two spellings of one set are different constraints.
 */
public final class VersionConstraint {
  private final String text;
  /**
   * Parsed at construction, or on first use for {@link #deferred} text. A race parses twice into equal
   * immutable lists, so the field needs no lock.
   */
  private List<List<Comparison>> alternatives;

  private VersionConstraint(String text, List<List<Comparison>> alternatives) {
    this.text = text;
    this.alternatives = alternatives;
  }

  /**
   * Text known to parse, such as a cell of the bundled matrix (a test parses every one), read only when a
   * version is checked against it: a command start that checks three services need not parse the whole
   * matrix (docs/performance.md).
   */
  static VersionConstraint deferred(String text) {
    return new VersionConstraint(text.trim(), null);
  }

  private List<List<Comparison>> alternatives() {
    List<List<Comparison>> parsed = alternatives;
    if (parsed == null) {
      try {
        parsed = ConstraintParser.parse(text);
      } catch (InvalidValueException e) {
        throw new IllegalStateException("a deferred constraint does not parse: " + e.getMessage(), e);
      }
      alternatives = parsed;
    }
    return parsed;
  }

  /** Parses untrusted text, such as a composer.json requirement or a matrix cell. */
  public static VersionConstraint parse(String text) throws InvalidValueException {
    return new VersionConstraint(text.trim(), ConstraintParser.parse(text));
  }

  /** A trusted constraint, such as a constant; throws {@link IllegalArgumentException} when malformed. */
  public static VersionConstraint of(String text) {
    try {
      return parse(text);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** True when the text parses as a constraint. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** True when Composer would install this Commerce release under the constraint. */
  public boolean allows(CommerceVersion version) {
    return allows(version.toComposer());
  }

  /** True when the deploy tool would accept this service version under the constraint. */
  public boolean allows(ServiceVersion version) {
    return allows(version.toComposer());
  }

  private boolean allows(ComposerVersion version) {
    for (List<Comparison> conjunction : alternatives()) {
      if (allMatch(conjunction, version)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allMatch(List<Comparison> conjunction, ComposerVersion version) {
    for (Comparison comparison : conjunction) {
      if (!comparison.matches(version)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bounds Composer compares with, such as {@code [>= 2.4.9.0-dev]} for {@code >=2.4.9}; for
   * messages that explain a quirk, and for tests.
   */
  public String normalized() {
    StringBuilder out = new StringBuilder();
    for (List<Comparison> conjunction : alternatives()) {
      if (out.length() > 0) {
        out.append(" || ");
      }
      out.append(conjunction.isEmpty() ? "*" : conjunction.toString());
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VersionConstraint && ((VersionConstraint) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The constraint as written, without surrounding whitespace. */
  @Override
  public String toString() {
    return text;
  }
}
