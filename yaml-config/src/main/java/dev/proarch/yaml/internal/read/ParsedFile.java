package dev.proarch.yaml.internal.read;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.model.ConfigNode;
import java.util.List;
import java.util.Optional;

/** The outcome of reading one file: its document when it parsed, the findings of reading, its lines. */
public record ParsedFile(
    String path, Optional<ConfigNode> root, List<Diagnostic> diagnostics, List<String> lines) {

  public ParsedFile {
    diagnostics = List.copyOf(diagnostics);
    lines = List.copyOf(lines);
  }
}
