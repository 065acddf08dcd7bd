package dev.proarch.cli.internal.report;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The report for programs: every finding with every field, absent ones as {@code null}, so that each
 * object has the same keys (D-RPT-5). {@code file} is relative to the project directory.
 */
public final class JsonReport {
  private JsonReport() {}

  /** Adds {@code diagnostics} and {@code summary} to a command's JSON envelope and returns it. */
  public static Map<String, Object> fill(Map<String, Object> envelope, Report report) {
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic finding : report.findings()) {
      diagnostics.add(diagnostic(finding));
    }
    envelope.put("diagnostics", diagnostics);
    envelope.put("summary", summary(report));
    return envelope;
  }

  static Map<String, Object> diagnostic(Diagnostic finding) {
    Location location = finding.location().orElse(Location.builder().build());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ruleId", finding.ruleId().value());
    json.put("severity", finding.severity().label());
    json.put("message", finding.message());
    json.put("file", location.file().orElse(null));
    json.put("line", number(location.line()));
    json.put("column", number(location.column()));
    json.put("endLine", number(location.endLine()));
    json.put("endColumn", number(location.endColumn()));
    json.put("path", location.path().orElse(null));
    json.put("hint", finding.hint().orElse(null));
    json.put("details", new LinkedHashMap<>(finding.details()));
    json.put("fingerprint", Fingerprint.of(finding));
    return json;
  }

  static Map<String, Object> summary(Report report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("infos", report.count(Severity.INFO));
    summary.put("total", report.findings().size());
    summary.put("baselined", report.baselined());
    return summary;
  }

  private static Integer number(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
