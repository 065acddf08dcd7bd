package dev.proarch.yaml.internal.read;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.model.ConfigNode;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one file: its document when it parsed, the findings of reading, and its decoded
 * text (empty when it could not be decoded or was too large to try); lines are cut from it only on demand.
 */
public record ParsedFile(
    String path, Optional<ConfigNode> root, List<Diagnostic> diagnostics, Optional<String> text) {

  public ParsedFile {
    diagnostics = List.copyOf(diagnostics);
  }
}
