package dev.proarch.yaml.internal.env;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code .magento.env.yaml} variable schema, read from the bundled {@code env-variables.tsv} or from a
 * replacement text with the same columns.
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
    String[] lines = text.split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
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
    return variables.values().stream().filter(spec -> !spec.isSystem()).map(EnvVariableSpec::name).toList();
  }

  public List<String> systemVariableNames() {
    return variables.values().stream().filter(EnvVariableSpec::isSystem).map(EnvVariableSpec::name).toList();
  }

  private static EnvVariableSpec row(String[] cells) {
    if (cells.length != 8) {
      throw new IllegalArgumentException("expected 8 tab-separated columns, found " + cells.length);
    }
    String name = cells[0].trim();
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("'" + name + "' is not a variable name");
    }
    String type = cells[1].trim();
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown type '" + type + "'");
    }
    List<String> stages = Arrays.stream(cells[2].split(",")).map(String::trim).toList();
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
    String[] bounds = cell.split("\\.\\.");
    try {
      return Optional.of(new long[] {Long.parseLong(bounds[0]), Long.parseLong(bounds[1])});
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + cell + "' is not a range min..max", e);
    }
  }

  private static EnvSchema loadBundled() {
    return parse(bundledText());
  }
}
