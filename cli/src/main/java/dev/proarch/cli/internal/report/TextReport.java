package dev.proarch.cli.internal.report;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.OptionalInt;

/**
 * The report for people, in the form compilers use so that editors and terminals link it:
 *
 * <pre>
 * dir/.magento.app.yaml:12:5: error PRO-CFG-012 message
 *     database: "mysql:mysql"
 *     ^^^^^^^^
 *   hint: what to do
 * </pre>
 *
 * then a blank line, and a summary line at the end. Files are shown under the project directory as the user
 * named it (D-RPT-2).
 */
public final class TextReport {
  private final SourceLines sources;
  private final String displayRoot;

  /**
   * @param sources the lines of each project file, for the excerpt under a finding
   * @param displayRoot the project directory as shown to the user, such as {@code examples/clean}; empty
   *     for the working directory
   */
  public TextReport(SourceLines sources, String displayRoot) {
    this.sources = sources;
    this.displayRoot = displayRoot;
  }

  public String render(Report report) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic finding : report.findings()) {
      appendFinding(text, finding);
      text.append('\n');
    }
    text.append(summary(report)).append('\n');
    return text.toString();
  }

  /** {@code 2 errors, 1 warning, 0 info}, plus what a baseline hid. */
  public static String summary(Report report) {
    String line = count(report.count(Severity.ERROR), "error", "errors") + ", "
        + count(report.count(Severity.WARNING), "warning", "warnings") + ", "
        + report.count(Severity.INFO) + " info";
    if (report.baselined() > 0) {
      line += " (" + count(report.baselined(), "finding", "findings") + " hidden by the baseline)";
    }
    return line;
  }

  private void appendFinding(StringBuilder text, Diagnostic finding) {
    Location location = finding.location().orElse(Location.builder().build());
    text.append(position(location))
        .append(finding.severity().label()).append(' ')
        .append(finding.ruleId().value()).append(' ')
        .append(printable(finding.message())).append('\n');
    appendExcerpt(text, location);
    if (location.line().isEmpty()) {
      // Without a line the logical path is the only precise pointer, so it gets a line of its own.
      if (location.path().isPresent()) {
        text.append("  path: ").append(printable(location.path().get())).append('\n');
      }
    }
    if (finding.hint().isPresent()) {
      text.append("  hint: ").append(printable(finding.hint().get())).append('\n');
    }
  }

  private String position(Location location) {
    if (location.file().isEmpty()) {
      return "";
    }
    StringBuilder position =
        new StringBuilder(printable(PathDisplay.join(displayRoot, location.file().get())));
    OptionalInt line = location.line();
    if (line.isPresent()) {
      position.append(':').append(line.getAsInt());
    }
    OptionalInt column = location.column();
    if (column.isPresent()) {
      position.append(':').append(column.getAsInt());
    }
    return position.append(": ").toString();
  }

  private void appendExcerpt(StringBuilder text, Location location) {
    if (location.file().isEmpty() || location.line().isEmpty()) {
      return;
    }
    List<String> lines = sources.lines(location.file().get());
    int line = location.line().getAsInt();
    if (line > lines.size()) {
      return;
    }
    String source = printable(lines.get(line - 1));
    text.append(source).append('\n');
    OptionalInt column = location.column();
    if (column.isPresent()) {
      text.append(caret(source, column.getAsInt(), endColumn(location))).append('\n');
    }
  }

  /** The caret line: the source's own tabs before the column, so that the caret lines up in any terminal. */
  static String caret(String source, int column, OptionalInt endColumn) {
    StringBuilder caret = new StringBuilder();
    int start = Math.min(column - 1, source.length());
    for (int i = 0; i < start; i++) {
      caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
    }
    // The end column is the last character, inclusive (D-RPT-1); an unknown span gets one caret.
    int last = Math.min(endColumn.orElse(column), source.length());
    int width = Math.max(1, last - column + 1);
    caret.append("^".repeat(width));
    return caret.toString();
  }

  /**
   * The text with control characters (other than tab) replaced by {@code ?}, one for one so that columns
   * still line up: messages and source lines come from untrusted files, and an escape sequence must not
   * reach the terminal.
   */
  public static String printable(String text) {
    StringBuilder printable = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      printable.append(c != '\t' && Character.isISOControl(c) ? '?' : c);
    }
    return printable.toString();
  }

  private static OptionalInt endColumn(Location location) {
    boolean sameLine = location.endLine().isPresent() && location.endLine().equals(location.line());
    return sameLine ? location.endColumn() : OptionalInt.empty();
  }

  private static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
