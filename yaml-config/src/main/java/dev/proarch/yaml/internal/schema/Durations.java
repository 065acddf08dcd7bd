package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.Optional;
import java.util.regex.Pattern;

/** The duration form of {@code expires}: seconds, or a number with a unit; {@code -1} disables caching. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("-?\\d+(ms|s|m|h|d|w|M|y)?");

  private Durations() {}

  /** Checks the {@code expires} value of a mapping, if it has one. */
  static void checkExpires(ConfigMapping mapping, Findings findings) {
    Optional<ConfigNode> expires = mapping.get("expires");
    if (expires.isPresent()) {
      check(expires.get(), findings);
    }
  }

  static void check(ConfigNode node, Findings findings) {
    if (!(node instanceof ConfigScalar) || node.isNull() || Shape.isInclude(node)) {
      return;
    }
    ConfigScalar scalar = (ConfigScalar) node;
    if (scalar.kind() == ScalarKind.INTEGER) {
      return;
    }
    if (!DURATION.matcher(scalar.text().trim()).matches()) {
      findings.add(
          ConfigRules.DURATION_FORMAT,
          node.location(),
          "The duration '" + scalar.text()
              + "' is not valid; write seconds (3600) or a number with ms, s, m, h, d, w, M or y (1d), or -1.",
          "actual", scalar.text());
    }
  }
}
