package dev.proarch.cli;

import dev.proarch.cli.internal.report.Baseline;
import dev.proarch.cli.internal.report.JsonReport;
import dev.proarch.cli.internal.report.Report;
import dev.proarch.cli.internal.report.SarifReport;
import dev.proarch.cli.internal.report.SeverityOverrides;
import dev.proarch.cli.internal.report.SourceLines;
import dev.proarch.cli.internal.report.TextReport;
import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The report options of every diagnostics-producing command ({@code validate}, {@code git check}): the
 * format, the failure threshold, severity overrides and the baseline. {@link #report}
 * turns a command's findings into its output and exit code, so that all these commands behave alike.
 */
final class ReportOptions {
  static final String INFORMATION_URI = "https://github.com/proarch-dev/proarch";
  static final String RULES_DOC_URI = INFORMATION_URI + "/blob/main/docs/rules.md";

  OutputFormat format = OutputFormat.text;
  Severity failOn = Severity.ERROR;
  List<String> severities = new ArrayList<>();
  Optional<Path> baseline = Optional.empty();
  Optional<Path> writeBaseline = Optional.empty();

  /** The report options declared on one command; {@link #values} reads what the user gave after parsing. */
  static final class Declared {
    private final OptionSpec format;
    private final OptionSpec failOn;
    private final OptionSpec severities;
    private final OptionSpec baseline;
    private final OptionSpec writeBaseline;

    Declared(CommandSpec command) {
      format = Formats.option("FORMAT", "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");
      failOn = CommandSpecs.option(
              "--fail-on", "LEVEL",
              "Exit 1 when a finding is at least this severe: error, warning or info (default: error).")
          .type(Severity.class)
          .converters(new SeverityConverter())
          .build();
      severities = CommandSpecs.option(
              "--severity", "RULE-ID=LEVEL",
              "Report a rule at another level: error, warning, info, or off to drop it. Repeatable.")
          .type(List.class)
          .auxiliaryTypes(String.class)
          .build();
      baseline = CommandSpecs.option(
              "--baseline", "FILE", "Report only findings that are not in this baseline file.")
          .type(Path.class)
          .build();
      writeBaseline = CommandSpecs.option(
              "--write-baseline", "FILE",
              "Write the current findings to FILE as a baseline, print the report, and exit 0.")
          .type(Path.class)
          .build();
      command.addOption(format).addOption(failOn).addOption(severities).addOption(baseline).addOption(writeBaseline);
    }

    /** The options as the user gave them, defaults where they did not. */
    ReportOptions values() {
      ReportOptions options = new ReportOptions();
      options.format = Formats.value(format);
      options.failOn = CommandSpecs.<Severity>value(failOn).orElse(Severity.ERROR);
      options.severities = CommandSpecs.<List<String>>value(severities).orElse(List.of());
      options.baseline = CommandSpecs.value(baseline);
      options.writeBaseline = CommandSpecs.value(writeBaseline);
      return options;
    }
  }

  /**
   * The project a report is about.
   *
   * @param displayRoot the project directory as the user named it, empty for the working directory
   * @param sources the lines of each project file, for excerpts
   * @param anchorFile the file, relative to the project, where SARIF shows findings that have no file
   * @param facts what the command adds to its JSON envelope before {@code diagnostics}, in order
   */
  record Project(String displayRoot, SourceLines sources, String anchorFile, Map<String, Object> facts) {
    Project(String displayRoot, SourceLines sources, String anchorFile) {
      this(displayRoot, sources, anchorFile, Map.of());
    }
  }

  /**
   * Where the report's values come from; tests give their own catalog and version. The catalog of every
   * module is loaded on first need (a --severity option, a baseline, SARIF), not by every run: loading it
   * is a measurable part of the command's start (docs/performance.md).
   */
  static final class Context {
    private final String toolVersion;
    private RuleCatalog catalog;

    Context(RuleCatalog catalog, String toolVersion) {
      this(toolVersion);
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** A context that loads the catalog of every module when it is first needed. */
    private Context(String toolVersion) {
      this.toolVersion = toolVersion;
    }

    static Context load() {
      String version = ProArch.class.getPackage().getImplementationVersion();
      return new Context(version == null ? "0.0.0-development" : version);
    }

    RuleCatalog catalog() {
      if (catalog == null) {
        catalog = RuleCatalog.load();
      }
      return catalog;
    }

    String toolVersion() {
      return toolVersion;
    }
  }

  /** Checks the options that can be checked before the command does its work. */
  SeverityOverrides overrides(Context context) throws UsageException {
    if (severities.isEmpty()) {
      return SeverityOverrides.none();
    }
    RuleCatalog catalog = context.catalog();
    try {
      return SeverityOverrides.parse(severities, catalog);
    } catch (InvalidValueException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Prints the report of the findings and returns the exit code. */
  int report(List<Diagnostic> diagnostics, Project project, Context context, PrintWriter out)
      throws UsageException {
    List<Diagnostic> tuned = overrides(context).apply(diagnostics);
    Report report = readBaseline(context).filter(tuned);
    if (writeBaseline.isPresent()) {
      write(writeBaseline.get(), Baseline.toJson(tuned));
    }
    print(report, project, context, out);
    if (writeBaseline.isPresent()) {
      // Writing a baseline accepts the current findings (D-RPT-3).
      return ExitCode.OK;
    }
    return report.reaches(failOn) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private void print(Report report, Project project, Context context, PrintWriter out) {
    switch (format) {
      case text -> out.print(new TextReport(project.sources(), project.displayRoot()).render(report));
      case json -> {
        Map<String, Object> envelope = JsonOutput.envelope();
        envelope.putAll(project.facts());
        JsonOutput.write(out, JsonReport.fill(envelope, report));
      }
      case sarif -> JsonOutput.write(out, sarif(context, project).log(report));
    }
    out.flush();
  }

  private static SarifReport sarif(Context context, Project project) {
    return new SarifReport(
        context.catalog(),
        new SarifReport.Tool(context.toolVersion(), INFORMATION_URI, RULES_DOC_URI),
        project.displayRoot(),
        project.anchorFile());
  }

  private Baseline readBaseline(Context context) throws UsageException {
    if (baseline.isEmpty()) {
      return Baseline.empty();
    }
    Path file = baseline.get();
    try {
      return Baseline.parse(Files.readString(file, StandardCharsets.UTF_8), context.catalog());
    } catch (NoSuchFileException e) {
      throw new UsageException("baseline " + file + " does not exist");
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read baseline " + file + ": " + e.getMessage());
    } catch (InvalidValueException e) {
      throw new UsageException("baseline " + file + " is not a proarch baseline: " + e.expected());
    }
  }

  private static void write(Path file, Object json) throws UsageException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonOutput.write(new PrintWriter(writer), json);
    } catch (IOException e) {
      throw new UsageException("cannot write baseline " + file + ": " + e.getMessage());
    }
  }
}
