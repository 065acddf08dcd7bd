package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ConfigSequence;
import dev.proarch.yaml.model.ScalarKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A small structural schema: objects with known keys, maps of one value shape, lists, typed scalars and
 * enumerations. Walking a node reports unknown keys (PRO-CFG-006, with a suggestion), wrong types (007),
 * missing required keys (008) and values outside an enumeration (009). Format rules with their own ids
 * run separately on the typed model. Null means "not set" for optional keys, as on the platform; nodes
 * tagged {@code !include} or {@code !archive} are taken as they are.
 */
public abstract class Shape {

  /** Checks a node against this shape. */
  public abstract void check(ConfigNode node, Findings findings);

  /** What the shape expects, for messages: {@code a string}, {@code a mapping}. */
  abstract String expected();

  /** Whether a node is of this shape's kind, for {@link #oneOf}. */
  abstract boolean accepts(ConfigNode node);

  public static ObjectShape object() {
    return new ObjectShape();
  }

  public static Shape mapOf(Shape values) {
    return new MapShape(values);
  }

  public static Shape listOf(Shape items) {
    return new ListShape(items);
  }

  public static Shape string() {
    return new ScalarShape("a string", EnumSet.of(ScalarKind.STRING));
  }

  public static Shape integer() {
    return new ScalarShape("an integer", EnumSet.of(ScalarKind.INTEGER));
  }

  public static Shape number() {
    return new ScalarShape("a number", EnumSet.of(ScalarKind.INTEGER, ScalarKind.FLOAT));
  }

  public static Shape bool() {
    return new ScalarShape("a boolean (true or false)", EnumSet.of(ScalarKind.BOOLEAN));
  }

  /** Any scalar, such as an environment variable value. */
  public static Shape scalar() {
    return new ScalarShape(
        "a single value",
        EnumSet.of(ScalarKind.STRING, ScalarKind.INTEGER, ScalarKind.FLOAT, ScalarKind.BOOLEAN, ScalarKind.OTHER));
  }

  /** A string (or other scalar written plain, such as {@code 1y}) out of a fixed set. */
  public static Shape oneOfValues(String... values) {
    return new EnumShape(new LinkedHashSet<>(Arrays.asList(values)));
  }

  public static Shape any() {
    return new AnyShape();
  }

  /** The first shape whose kind fits the node checks it; none fitting is a type error. */
  public static Shape oneOf(Shape... shapes) {
    return new OneOfShape(List.of(shapes));
  }

  static boolean isInclude(ConfigNode node) {
    Optional<String> tag = node.tag();
    return tag.isPresent() && (tag.get().equals("!include") || tag.get().equals("!archive"));
  }

  static void typeError(ConfigNode node, String expected, Findings findings) {
    findings.add(
        ConfigRules.WRONG_TYPE,
        node.location(),
        "Expected " + expected + ", found " + article(node.describe()) + ".",
        "expected", expected,
        "actual", node.describe());
  }

  private static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /** A shape whose nodes are mappings. */
  private abstract static class MappingShape extends Shape {
    @Override
    String expected() {
      return "a mapping";
    }

    @Override
    boolean accepts(ConfigNode node) {
      return node.isMapping();
    }
  }

  /** A mapping with known keys. */
  public static final class ObjectShape extends MappingShape {
    private final Map<String, Shape> fields = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final List<BiConsumer<ConfigMapping, Findings>> checks = new ArrayList<>();
    private final Map<String, String> misplaced = new LinkedHashMap<>();
    private Shape others;

    /**
     * Keys that belong elsewhere, with where: an unknown {@code cmd} at the top of an application says it
     * belongs under {@code crons.<name>}, the usual result of a lost indentation.
     */
    public ObjectShape misplaced(String key, String where) {
      misplaced.put(key, where);
      return this;
    }

    public ObjectShape field(String key, Shape shape) {
      fields.put(key, shape);
      return this;
    }

    public ObjectShape required(String key, Shape shape) {
      required.add(key);
      return field(key, shape);
    }

    /** Keys not listed are checked against this shape instead of being reported as unknown. */
    public ObjectShape otherKeys(Shape shape) {
      others = shape;
      return this;
    }

    /** An extra check on the mapping, run after its keys. */
    public ObjectShape check(BiConsumer<ConfigMapping, Findings> check) {
      checks.add(check);
      return this;
    }

    public Set<String> keys() {
      return fields.keySet();
    }

    private String suggestion(String key) {
      if (DidYouMean.closest(key, fields.keySet()).isEmpty() && misplaced.containsKey(key)) {
        return "; it belongs under " + misplaced.get(key) + " (check its indentation).";
      }
      return DidYouMean.suffix(key, fields.keySet());
    }

    @Override
    public void check(ConfigNode node, Findings findings) {
      if (isInclude(node) || node.isNull()) {
        return;
      }
      if (!(node instanceof ConfigMapping)) {
        typeError(node, expected(), findings);
        return;
      }
      ConfigMapping mapping = (ConfigMapping) node;
      for (ConfigEntry entry : mapping.entries()) {
        Shape shape = fields.get(entry.name());
        if (shape != null) {
          if (!(entry.value().isNull() && required.contains(entry.name()))) {
            shape.check(entry.value(), findings);
          }
        } else if (others != null) {
          others.check(entry.value(), findings);
        } else {
          findings.add(
              ConfigRules.UNKNOWN_KEY,
              entry.key().location(),
              "Unknown key '" + entry.name() + "'" + suggestion(entry.name()),
              "key", entry.name());
        }
      }
      for (String key : required) {
        Optional<ConfigEntry> entry = mapping.entry(key);
        if (entry.isEmpty() || entry.get().value().isNull()) {
          findings.add(
              ConfigRules.REQUIRED_KEY,
              entry.isPresent() ? entry.get().key().location() : mapping.location(),
              "The required key '" + key + "' is missing or empty.",
              "key", key);
        }
      }
      for (BiConsumer<ConfigMapping, Findings> check : checks) {
        check.accept(mapping, findings);
      }
    }

  }

  private static final class MapShape extends MappingShape {
    private final Shape values;

    MapShape(Shape values) {
      this.values = values;
    }

    @Override
    public void check(ConfigNode node, Findings findings) {
      if (isInclude(node) || node.isNull()) {
        return;
      }
      if (!(node instanceof ConfigMapping)) {
        typeError(node, expected(), findings);
        return;
      }
      for (ConfigEntry entry : ((ConfigMapping) node).entries()) {
        values.check(entry.value(), findings);
      }
    }

  }

  private static final class ListShape extends Shape {
    private final Shape items;

    ListShape(Shape items) {
      this.items = items;
    }

    @Override
    public void check(ConfigNode node, Findings findings) {
      if (isInclude(node) || node.isNull()) {
        return;
      }
      if (!(node instanceof ConfigSequence sequence)) {
        typeError(node, expected(), findings);
        return;
      }
      for (ConfigNode item : sequence.items()) {
        items.check(item, findings);
      }
    }

    @Override
    String expected() {
      return "a list";
    }

    @Override
    boolean accepts(ConfigNode node) {
      return node.isSequence();
    }
  }

  private static final class ScalarShape extends Shape {
    private final String expected;
    private final Set<ScalarKind> kinds;

    ScalarShape(String expected, Set<ScalarKind> kinds) {
      this.expected = expected;
      this.kinds = kinds;
    }

    @Override
    public void check(ConfigNode node, Findings findings) {
      if (isInclude(node) || node.isNull()) {
        return;
      }
      if (!accepts(node)) {
        typeError(node, expected, findings);
      }
    }

    @Override
    String expected() {
      return expected;
    }

    @Override
    boolean accepts(ConfigNode node) {
      return node instanceof ConfigScalar scalar && (kinds.contains(scalar.kind()) || scalar.tag().isPresent());
    }
  }

  private static final class EnumShape extends Shape {
    private final Set<String> values;

    EnumShape(Set<String> values) {
      this.values = values;
    }

    @Override
    public void check(ConfigNode node, Findings findings) {
      if (isInclude(node) || node.isNull()) {
        return;
      }
      if (!(node instanceof ConfigScalar)) {
        typeError(node, expected(), findings);
        return;
      }
      String text = ((ConfigScalar) node).text();
      if (!values.contains(text)) {
        findings.add(
            ConfigRules.VALUE_NOT_SUPPORTED,
            node.location(),
            "The value '" + text + "' is not supported; use one of: " + String.join(", ", values) + ".",
            "actual", text,
            "allowed", String.join(",", values));
      }
    }

    @Override
    String expected() {
      return "one of " + String.join(", ", values);
    }

    @Override
    boolean accepts(ConfigNode node) {
      return node.isScalar();
    }
  }

  private static final class AnyShape extends Shape {
    @Override
    public void check(ConfigNode node, Findings findings) {}

    @Override
    String expected() {
      return "any value";
    }

    @Override
    boolean accepts(ConfigNode node) {
      return true;
    }
  }

  private static final class OneOfShape extends Shape {
    private final List<Shape> shapes;

    OneOfShape(List<Shape> shapes) {
      this.shapes = shapes;
    }

    @Override
    public void check(ConfigNode node, Findings findings) {
      if (isInclude(node) || node.isNull()) {
        return;
      }
      for (Shape shape : shapes) {
        if (shape.accepts(node)) {
          shape.check(node, findings);
          return;
        }
      }
      typeError(node, expected(), findings);
    }

    @Override
    String expected() {
      List<String> expected = new ArrayList<>(shapes.size());
      for (Shape shape : shapes) {
        expected.add(shape.expected());
      }
      return String.join(" or ", expected);
    }

    @Override
    boolean accepts(ConfigNode node) {
      for (Shape shape : shapes) {
        if (shape.accepts(node)) {
          return true;
        }
      }
      return false;
    }
  }
}
