package dev.proarch.core.policy.branching;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of new environments (platform-rules.md 1.9, 2.5). Adobe lists some forbidden shell and regex
 * specials "and other characters" without a full list, so the character check is an allow-list
 * (docs/decisions.md D-BR-3).
 */
final class NamingChecks {
  /** Letters, digits and the separators Git branch names commonly use. */
  static final String ALLOWED_PUNCTUATION = "-_./";
  static final int MAX_ID_LENGTH = 32;
  static final int MAX_HOSTNAME_SAFE_LENGTH = 20;

  private NamingChecks() {}

  static List<Diagnostic> characters(BranchStep step) {
    if (!step.operation().creates()) {
      return List.of();
    }
    Set<String> bad = forbiddenCharacters(step.operation().environment().value());
    if (bad.isEmpty()) {
      return List.of();
    }
    return List.of(
        Findings.start(BranchingRules.NAME_CHARACTERS, step,
                "The name '" + printable(step.operation().environment().value())
                    + "' contains characters that are not allowed: " + String.join(" ", bad) + ".")
            .putDetails("characters", String.join(" ", bad))
            .build());
  }

  static List<Diagnostic> idLength(BranchStep step) {
    return tooLong(step, MAX_ID_LENGTH, BranchingRules.ID_LENGTH);
  }

  static List<Diagnostic> hostnameLength(BranchStep step) {
    return tooLong(step, MAX_HOSTNAME_SAFE_LENGTH, BranchingRules.HOSTNAME_LENGTH);
  }

  /** The characters of a name outside the allowed set, each once, printable. */
  static Set<String> forbiddenCharacters(String name) {
    Set<String> bad = new TreeSet<>();
    name.codePoints()
        .filter(c -> !isAllowed(c))
        .forEach(c -> bad.add(Character.isWhitespace(c) || Character.isISOControl(c)
            ? String.format("U+%04X", c) : new String(Character.toChars(c))));
    return bad;
  }

  private static boolean isAllowed(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
  }

  private static List<Diagnostic> tooLong(BranchStep step, int max, RuleDescriptor rule) {
    String name = step.operation().environment().value();
    int length = name.codePointCount(0, name.length());
    if (!step.operation().creates() || length <= max) {
      return List.of();
    }
    return List.of(
        Findings.start(rule, step, "The name has " + length + " characters, more than " + max + ".")
            .putDetails("actual", Integer.toString(length))
            .putDetails("limit", Integer.toString(max))
            .build());
  }

  /** The name with control characters escaped, so that a message stays on one line. */
  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(c -> out.append(Character.isISOControl(c)
        ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
    return out.toString();
  }
}
