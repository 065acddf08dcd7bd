package dev.proarch.cli;

import dev.proarch.core.rule.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text, JSON and SARIF reports of one set of hand-built findings, against golden files. */
class ReportGoldenTest {
  static final ReportOptions.Project PROJECT =
      new ReportOptions.Project("project", ReportFixtures.SOURCES, ".magento.app.yaml");
  static final ReportOptions.Context CONTEXT = new ReportOptions.Context(ReportFixtures.CATALOG, "1.2.3");

  @Test
  void textReport() throws Exception {
    Golden.assertMatches("report/findings.txt", render(OutputFormat.text, ReportFixtures.all()));
  }

  @Test
  void jsonReport() throws Exception {
    Golden.assertMatches("report/findings.json", render(OutputFormat.json, ReportFixtures.all()));
  }

  @Test
  void sarifReport() throws Exception {
    Golden.assertMatches("report/findings.sarif", render(OutputFormat.sarif, ReportFixtures.all()));
  }

  @Test
  void textReportOfNoFindings() throws Exception {
    Golden.assertMatches("report/empty.txt", render(OutputFormat.text, List.of()));
  }

  @Test
  void jsonReportOfNoFindings() throws Exception {
    Golden.assertMatches("report/empty.json", render(OutputFormat.json, List.of()));
  }

  @Test
  void sarifReportOfNoFindings() throws Exception {
    Golden.assertMatches("report/empty.sarif", render(OutputFormat.sarif, List.of()));
  }

  static String render(OutputFormat format, List<Diagnostic> findings) throws UsageException {
    ReportOptions options = new ReportOptions();
    options.format = format;
    StringWriter out = new StringWriter();
    options.report(findings, PROJECT, CONTEXT, new PrintWriter(out));
    return out.toString();
  }
}
