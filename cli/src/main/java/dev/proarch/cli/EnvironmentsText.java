package dev.proarch.cli;

import dev.proarch.core.model.EnvironmentCapabilities;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.SeedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of {@code proarch environments}: the table with one column per environment, a footnote for each
 * inferred or decided value, then each environment's recommended uses and caveats with their seed section.
 */
final class EnvironmentsText {
  private static final String INFERRED = "*";
  private static final String DECIDED = "+";

  private EnvironmentsText() {}

  static String render(List<EnvironmentType> environments) {
    StringBuilder text = new StringBuilder();
    text.append("Pro environments (seed: Pro architecture)\n\n");
    table(text, environments);
    footnotes(text, environments);
    for (EnvironmentType type : environments) {
      uses(text, type);
    }
    return text.toString();
  }

  private static void table(StringBuilder text, List<EnvironmentType> environments) {
    int labelWidth = CapabilityRow.ALL.stream().mapToInt(row -> row.label().length()).max().orElse(0);
    int[] widths = new int[environments.size()];
    for (int i = 0; i < environments.size(); i++) {
      EnvironmentType type = environments.get(i);
      widths[i] = header(type).length();
      for (CapabilityRow row : CapabilityRow.ALL) {
        widths[i] = Math.max(widths[i], cell(type, row).length());
      }
    }
    text.append(pad("", labelWidth));
    for (int i = 0; i < environments.size(); i++) {
      text.append("  ").append(pad(header(environments.get(i)), widths[i]));
    }
    trimLine(text);
    text.append('\n');
    for (CapabilityRow row : CapabilityRow.ALL) {
      text.append(pad(row.label(), labelWidth));
      for (int i = 0; i < environments.size(); i++) {
        text.append("  ").append(pad(cell(environments.get(i), row), widths[i]));
      }
      trimLine(text);
      text.append('\n');
    }
  }

  private static String header(EnvironmentType type) {
    return type.label().toUpperCase(Locale.ROOT);
  }

  private static String cell(EnvironmentType type, CapabilityRow row) {
    EnvironmentCapabilities capabilities = type.capabilities();
    String marker = capabilities.isInferred() ? INFERRED
        : capabilities.decidedValues().containsKey(row.key()) ? DECIDED : "";
    return row.text(type) + marker;
  }

  private static void footnotes(StringBuilder text, List<EnvironmentType> environments) {
    text.append('\n');
    for (EnvironmentType type : environments) {
      EnvironmentCapabilities capabilities = type.capabilities();
      capabilities.inferredBecause().ifPresent(reason ->
          text.append(INFERRED).append(' ').append(type.label()).append(": inferred (D-ENV-1). ")
              .append(reason).append('\n'));
      for (Map.Entry<String, String> decided : capabilities.decidedValues().entrySet()) {
        text.append(DECIDED).append(' ').append(type.label()).append(' ').append(decided.getKey())
            .append(": ").append(decided.getValue()).append('\n');
      }
    }
  }

  private static void uses(StringBuilder text, EnvironmentType type) {
    EnvironmentCapabilities capabilities = type.capabilities();
    text.append('\n').append(type.label()).append('\n');
    statements(text, "Recommended uses", capabilities.recommendedUses());
    statements(text, "Caveats", capabilities.caveats());
  }

  private static void statements(StringBuilder text, String title, List<SeedStatement> statements) {
    text.append("  ").append(title).append(":\n");
    for (SeedStatement statement : statements) {
      text.append("    - ").append(statement.text()).append(" [").append(statement.section()).append("]\n");
    }
  }

  static String pad(String value, int width) {
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }

  private static void trimLine(StringBuilder text) {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }
}
