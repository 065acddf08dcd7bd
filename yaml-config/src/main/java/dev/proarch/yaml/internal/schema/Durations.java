package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.regex.Pattern;

/** The duration form of {@code expires}: seconds, or a number with a unit; {@code -1} disables caching. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("-?\\d+(ms|s|m|h|d|w|M|y)?");

  private Durations() {}

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
