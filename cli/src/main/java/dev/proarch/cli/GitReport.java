package dev.proarch.cli;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The findings of the git commands in the envelope {@code proarch validate} uses: text for people, and
 * {@code {"schemaVersion":1,"diagnostics":[...],"summary":{...}}} for programs, every key present (absent
 * values are null). Written to the same shape as the shared report renderers, which the git commands should
 * use once they are on main.
 */
final class GitReport {
  private final List<Diagnostic> findings;

  GitReport(Collection<Diagnostic> findings) {
    this.findings = DiagnosticOrder.sorted(findings);
  }

  List<Diagnostic> findings() {
    return findings;
  }

  long count(Severity severity) {
    return findings.stream().filter(d -> d.severity() == severity).count();
  }

  /** 0 without errors, 1 with at least one. */
  int exitCode() {
    return count(Severity.ERROR) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  void write(PrintWriter out, OutputFormat format) {
    if (format == OutputFormat.json) {
      JsonOutput.write(out, json());
    } else {
      out.print(text());
      out.flush();
    }
  }

  String text() {
    StringBuilder text = new StringBuilder();
    for (Diagnostic finding : findings) {
      line(text, finding, "");
      text.append('\n');
    }
    return text.append(summary()).append('\n').toString();
  }

  /** One finding as text, every line after the first indented by two more spaces than {@code indent}. */
  static void line(StringBuilder text, Diagnostic finding, String indent) {
    Location location = finding.location().orElse(Location.builder().build());
    text.append(indent);
    location.file().ifPresent(file -> text.append(file).append(": "));
    text.append(finding.severity().label()).append(' ').append(finding.ruleId().value()).append(' ')
        .append(finding.message()).append('\n');
    location.path().ifPresent(path -> text.append(indent).append("  path: ").append(path).append('\n'));
    finding.hint().ifPresent(hint -> text.append(indent).append("  hint: ").append(hint).append('\n'));
  }

  String summary() {
    return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
        + count(Severity.INFO) + " info";
  }

  Map<String, Object> json() {
    Map<String, Object> root = JsonOutput.envelope();
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic finding : findings) {
      diagnostics.add(json(finding));
    }
    root.put("diagnostics", diagnostics);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", count(Severity.ERROR));
    summary.put("warnings", count(Severity.WARNING));
    summary.put("infos", count(Severity.INFO));
    summary.put("total", findings.size());
    root.put("summary", summary);
    return root;
  }

  static Map<String, Object> json(Diagnostic finding) {
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
    return json;
  }

  private static Integer number(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static String plural(long count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }
}
