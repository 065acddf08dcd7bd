package dev.proarch.cli;

import dev.proarch.cli.internal.report.JsonReport;
import dev.proarch.cli.internal.report.Report;
import dev.proarch.cli.internal.report.SourceLines;
import dev.proarch.cli.internal.report.TextReport;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Severity;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The findings of the git commands through the shared report renderers of {@code proarch validate}: text for
 * people, and {@code {"schemaVersion":1,"diagnostics":[...],"summary":{...}}} for programs, every key present
 * (absent values are null).
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
    return new TextReport(SourceLines.none(), "").render(Report.of(findings));
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

  Map<String, Object> json() {
    return JsonReport.fill(JsonOutput.envelope(), Report.of(findings));
  }
}
