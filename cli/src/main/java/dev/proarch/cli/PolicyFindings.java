package dev.proarch.cli;

import dev.proarch.core.rule.Diagnostic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the policy commands ({@code use}, {@code backups}, {@code scale-plan}) show a finding. Their findings
 * point at a logical path, such as {@code backups[2026-11-26T03:00:00Z]}, not at a line of a file.
 */
final class PolicyFindings {
  private PolicyFindings() {}

  /** Where a finding is, shown apart from its message; {@code -} when it has no path. */
  static String path(Diagnostic finding) {
    return logicalPath(finding).orElse("-");
  }

  /** A finding as JSON: rule id, severity, message, path and hint when present, details. */
  static Map<String, Object> json(Diagnostic diagnostic) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("ruleId", diagnostic.ruleId().value());
    map.put("severity", diagnostic.severity().label());
    map.put("message", diagnostic.message());
    Optional<String> path = logicalPath(diagnostic);
    if (path.isPresent()) {
      map.put("path", path.get());
    }
    if (diagnostic.hint().isPresent()) {
      map.put("hint", diagnostic.hint().get());
    }
    map.put("details", diagnostic.details());
    return map;
  }

  private static Optional<String> logicalPath(Diagnostic finding) {
    return finding.location().isPresent() ? finding.location().get().path() : Optional.empty();
  }
}
