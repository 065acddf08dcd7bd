package dev.proarch.yaml.internal.env;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.proarch.yaml.internal.read.Lines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code .magento.env.yaml} variable schema, read from the bundled {@code env-variables.tsv} or from a
 * replacement text with the same columns. The bundled text is parsed when the class loads, at every start,
 * so lines and cells are cut by hand rather than with regular expressions.
 */
public final class EnvSchema {
  public static final String RESOURCE = "env-variables.tsv";
  private static final Set<String> TYPES = Set.of("string", "integer", "boolean", "array");
  private static final Set<String> STAGES = Set.of("global", "build", "deploy", "post-deploy", "system");

  private static final EnvSchema BUNDLED = loadBundled();

  private final Map<String, EnvVariableSpec> variables;

  private EnvSchema(Map<String, EnvVariableSpec> variables) {
    this.variables = Collections.unmodifiableMap(variables);
  }

  public static EnvSchema bundled() {
    return BUNDLED;
  }

  /** The bundled schema text, for callers who want to edit a copy. */
  public static String bundledText() {
    try (InputStream in = EnvSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses schema text; throws with the line number and the problem when a line is malformed. */
  public static EnvSchema parse(String text) {
    Map<String, EnvVariableSpec> variables = new LinkedHashMap<>();
    List<String> lines = Lines.split(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        EnvVariableSpec spec = row(line.split("\t", -1));
        variables.put(spec.name(), spec);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("the schema defines no variables");
    }
    return new EnvSchema(variables);
  }

  public Optional<EnvVariableSpec> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /** The names of the stage variables (not the system ones). */
  public List<String> stageVariableNames() {
    return names(false);
  }

  public List<String> systemVariableNames() {
    return names(true);
  }

  private List<String> names(boolean system) {
    List<String> names = new ArrayList<>();
    for (EnvVariableSpec spec : variables.values()) {
      if (spec.isSystem() == system) {
        names.add(spec.name());
      }
    }
    return Collections.unmodifiableList(names);
  }

  /** {@code [A-Z][A-Z0-9_]*}. */
  private static boolean isVariableName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static EnvVariableSpec row(String[] cells) {
    if (cells.length != 8) {
      throw new IllegalArgumentException("expected 8 tab-separated columns, found " + cells.length);
    }
    String name = cells[0].trim();
    if (!isVariableName(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a variable name");
    }
    String type = cells[1].trim();
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown type '" + type + "'");
    }
    List<String> stages = stages(cells[2]);
    if (!STAGES.containsAll(stages)) {
      throw new IllegalArgumentException("unknown stage in '" + cells[2] + "'");
    }
    return new EnvVariableSpec(
        name,
        type,
        stages,
        allowed(cells[3].trim()),
        range(cells[4].trim()),
        cells[5].trim().equals("split_db"),
        cells[6].trim().equals("yes"),
        cells[7].trim().equals("-") || cells[7].isBlank() ? Optional.empty() : Optional.of(cells[7].trim()));
  }

  private static List<String> stages(String cell) {
    List<String> stages = new ArrayList<>();
    for (String stage : cell.split(",")) {
      stages.add(stage.trim());
    }
    return Collections.unmodifiableList(stages);
  }

  private static Optional<List<String>> allowed(String cell) {
    if (cell.equals("-") || cell.isEmpty()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (String value : cell.split("\\|", -1)) {
      values.add(value.equals("''") ? "" : value);
    }
    return Optional.of(List.copyOf(values));
  }

  private static Optional<long[]> range(String cell) {
    if (cell.equals("-") || cell.isEmpty()) {
      return Optional.empty();
    }
    int dots = cell.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("'" + cell + "' is not a range min..max");
    }
    // Text after a second .. is ignored.
    int next = cell.indexOf("..", dots + 2);
    String max = next < 0 ? cell.substring(dots + 2) : cell.substring(dots + 2, next);
    try {
      return Optional.of(new long[] {Long.parseLong(cell.substring(0, dots)), Long.parseLong(max)});
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + cell + "' is not a range min..max", e);
    }
  }

  private static EnvSchema loadBundled() {
    return parse(bundledText());
  }
}
