package dev.proarch.yaml.internal.schema;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.yaml.model.ConfigNode;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the per-file checks. */
public final class Findings {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void add(RuleDescriptor rule, ConfigNode node, String message) {
    add(rule, node.location(), message);
  }

  public void add(RuleDescriptor rule, Location location, String message) {
    diagnostics.add(rule.diagnostic(message).location(location).build());
  }

  public void add(RuleDescriptor rule, Location location, String message, String... details) {
    var builder = rule.diagnostic(message).location(location);
    for (int i = 0; i + 1 < details.length; i += 2) {
      builder.putDetails(details[i], details[i + 1]);
    }
    diagnostics.add(builder.build());
  }

  public void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
