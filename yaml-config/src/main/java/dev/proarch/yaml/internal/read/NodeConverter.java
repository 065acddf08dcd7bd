package dev.proarch.yaml.internal.read;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ConfigSequence;
import dev.proarch.yaml.model.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns composed SnakeYAML nodes into our immutable tree. Aliases are expanded (each use gets its own
 * logical path), merge keys are applied (explicit keys win, then earlier merged mappings), and a key
 * written twice is reported and the later value kept, as YAML loaders do.
 */
final class NodeConverter {
  private static final String YAML_TAG_PREFIX = Tag.PREFIX;

  private final String file;
  private final ReaderLimits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int nodes;

  NodeConverter(String file, ReaderLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** Thrown when alias expansion would build more nodes than the limits allow. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message);
    }
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  ConfigNode convertRoot(Node node) {
    if (node == null) {
      return ConfigMapping.builder()
          .location(Location.builder().file(file).line(1).column(1).build())
          .build();
    }
    return convert(node, "", 0);
  }

  private ConfigNode convert(Node node, String path, int depth) {
    nodes++;
    if (nodes > limits.maxNodes() || depth > limits.maxDepth() * 4) {
      throw new TooLargeException(
          "The file expands (through aliases and merge keys) to more than " + limits.maxNodes()
              + " nodes, far more than any Cloud configuration needs; it was not read.");
    }
    if (node instanceof MappingNode) {
      return mapping((MappingNode) node, path, depth);
    }
    if (node instanceof SequenceNode) {
      SequenceNode sequence = (SequenceNode) node;
      var builder = ConfigSequence.builder().location(location(node, path)).tag(explicitTag(node));
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        builder.addItems(convert(items.get(i), PathText.item(path, i), depth + 1));
      }
      return builder.build();
    }
    return scalar((ScalarNode) node, path);
  }

  private ConfigMapping mapping(MappingNode node, String path, int depth) {
    Map<String, ConfigEntry> entries = new LinkedHashMap<>();
    List<ConfigEntry> merged = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode)) {
        report(
            ConfigRules.WRONG_TYPE.diagnostic(
                    "A key must be a plain value, not a " + describe(keyNode) + "; this entry is ignored.")
                .location(location(keyNode, path))
                .build());
        continue;
      }
      if (isMergeKey((ScalarNode) keyNode)) {
        merged.addAll(mergedEntries(tuple.getValueNode(), path, depth));
        continue;
      }
      ConfigEntry entry = entry((ScalarNode) keyNode, tuple.getValueNode(), path, depth);
      ConfigEntry earlier = entries.putIfAbsent(entry.name(), entry);
      if (earlier != null) {
        // The later value wins and takes the later place, as YAML loaders keep it.
        reportDuplicate(entry, earlier);
        entries.remove(entry.name());
        entries.put(entry.name(), entry);
      }
    }
    for (ConfigEntry entry : merged) {
      entries.putIfAbsent(entry.name(), entry);
    }
    return ConfigMapping.builder()
        .location(location(node, path))
        .tag(explicitTag(node))
        .addAllEntries(entries.values())
        .build();
  }

  private ConfigEntry entry(ScalarNode keyNode, Node valueNode, String parentPath, int depth) {
    String name = keyName(keyNode);
    String childPath = PathText.child(parentPath, name);
    ConfigScalar key = scalar(keyNode, childPath);
    return ConfigEntry.of(key, convert(valueNode, childPath, depth + 1));
  }

  private List<ConfigEntry> mergedEntries(Node value, String path, int depth) {
    List<ConfigEntry> result = new ArrayList<>();
    if (value instanceof MappingNode) {
      result.addAll(mapping((MappingNode) value, path, depth + 1).entries());
    } else if (value instanceof SequenceNode) {
      for (Node item : ((SequenceNode) value).getValue()) {
        if (item instanceof MappingNode) {
          result.addAll(mapping((MappingNode) item, path, depth + 1).entries());
        } else {
          reportBadMerge(item, path);
        }
      }
    } else {
      reportBadMerge(value, path);
    }
    return result;
  }

  private void reportBadMerge(Node value, String path) {
    report(
        ConfigRules.WRONG_TYPE.diagnostic(
                "A merge key (<<) takes a mapping or a list of mappings, not a " + describe(value) + ".")
            .location(location(value, path))
            .build());
  }

  private void reportDuplicate(ConfigEntry later, ConfigEntry earlier) {
    String where = earlier.key().location().line().isPresent()
        ? " (first on line " + earlier.key().location().line().getAsInt() + ")"
        : "";
    report(
        ConfigRules.DUPLICATE_KEY.diagnostic(
                "The key '" + later.name() + "' is written twice in the same mapping" + where
                    + "; the later value wins.")
            .location(later.key().location())
            .putDetails("key", later.name())
            .build());
  }

  private ConfigScalar scalar(ScalarNode node, String path) {
    return ConfigScalar.builder()
        .location(location(node, path))
        .tag(explicitTag(node))
        .text(node.getValue())
        .kind(kind(node))
        .quoted(node.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN)
        .build();
  }

  private static boolean isMergeKey(ScalarNode key) {
    return Tag.MERGE.equals(key.getTag()) && key.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
  }

  private static String keyName(ScalarNode key) {
    if (key.getValue().isEmpty()) {
      return explicitTag(key).orElse("");
    }
    return key.getValue();
  }

  private static ScalarKind kind(ScalarNode node) {
    Tag tag = node.getTag();
    if (Tag.STR.equals(tag) || !tag.getValue().startsWith(YAML_TAG_PREFIX)) {
      return ScalarKind.STRING;
    }
    if (Tag.INT.equals(tag)) {
      return ScalarKind.INTEGER;
    }
    if (Tag.FLOAT.equals(tag)) {
      return ScalarKind.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return ScalarKind.BOOLEAN;
    }
    if (Tag.NULL.equals(tag)) {
      return ScalarKind.NULL;
    }
    return ScalarKind.OTHER;
  }

  /** A tag written in the file ({@code !include}); implicit tags resolved by YAML are not kept. */
  static Optional<String> explicitTag(Node node) {
    String tag = node.getTag().getValue();
    if (tag.startsWith(YAML_TAG_PREFIX)) {
      return Optional.empty();
    }
    if (tag.startsWith("!php/const:")) {
      return Optional.of(tag.replace('~', '\\'));
    }
    return Optional.of(tag);
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "mapping";
    }
    return node instanceof SequenceNode ? "list" : "scalar";
  }

  private Location location(Node node, String path) {
    var builder = Location.builder().file(file);
    if (!path.isEmpty()) {
      builder.path(path);
    }
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    if (start == null) {
      return builder.build();
    }
    int line = start.getLine() + 1;
    builder.line(line).column(start.getColumn() + 1);
    if (end != null) {
      int endLine = end.getLine() + 1;
      if (end.getColumn() > 0 && endLine >= line && (endLine > line || end.getColumn() >= start.getColumn() + 1)) {
        builder.endLine(endLine).endColumn(end.getColumn());
      } else if (end.getColumn() == 0 && endLine - 1 >= line) {
        builder.endLine(endLine - 1);
      }
    }
    return builder.build();
  }

  private void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }
}
