package dev.proarch.yaml.internal.env;

import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PHP type ece-tools sees for a value, as Symfony YAML parses it (YAML 1.2 core rules): only
 * {@code true}/{@code false} are booleans, so {@code yes} stays a string, and quoted values are strings.
 */
final class PhpType {
  private static final Pattern INTEGER = Pattern.compile("[-+]?(\\d+|0x[0-9a-fA-F]+|0o[0-7]+)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\d*\\.\\d+|\\d+\\.\\d*)([eE][-+]?\\d+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private PhpType() {}

  static String of(ConfigNode node) {
    if (node.isMapping() || node.isSequence()) {
      return "array";
    }
    ConfigScalar scalar = (ConfigScalar) node;
    Optional<String> tag = scalar.tag();
    if (tag.isPresent() && tag.get().startsWith("!php/const")) {
      return "constant";
    }
    if (scalar.quoted() || scalar.tag().isPresent()) {
      return "string";
    }
    String text = scalar.text().trim();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return "boolean";
    }
    if (lower.isEmpty() || lower.equals("null") || lower.equals("~")) {
      return "NULL";
    }
    if (INTEGER.matcher(text).matches()) {
      return "integer";
    }
    if (FLOAT.matcher(text).matches()) {
      return "double";
    }
    return "string";
  }
}
