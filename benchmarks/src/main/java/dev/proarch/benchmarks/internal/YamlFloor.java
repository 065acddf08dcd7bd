package dev.proarch.benchmarks.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The floor of config validation: SnakeYAML composing the bytes into a node tree, nothing more. */
public final class YamlFloor {
  private YamlFloor() {}

  /** Composes one file and returns its top-level entry count, so that the work cannot be skipped. */
  public static int compose(byte[] yaml) {
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8)) {
      Node node = new Yaml().compose(reader);
      return size(node);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (RuntimeException e) {
      // A file SnakeYAML cannot compose still cost the parse; the validator reports it as a finding.
      return -1;
    }
  }

  private static int size(Node node) {
    if (node instanceof MappingNode mapping) {
      return mapping.getValue().size();
    }
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue().size();
    }
    return node == null ? 0 : 1;
  }
}
