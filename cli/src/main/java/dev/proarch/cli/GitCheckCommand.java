package dev.proarch.cli;

import dev.proarch.cli.internal.report.SourceLines;
import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.UnreadableRepositoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch git check}: the branch rules on the whole repository, reported with the same options,
 * formats and exit codes as {@code proarch validate} ({@code --fail-on}, {@code --severity}, baselines).
 */
final class GitCheckCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec repo;
  private final ReportOptions.Declared reportOptions;
  private final GitSettingsOptions settings;

  GitCheckCommand() {
    spec = CommandSpecs.command(
        this, "check", "Check that the repository's environment branches follow the Pro promotion chain.");
    repo = CommandSpecs.option("--repo", "DIR", "The repository (default: the current directory).")
        .type(Path.class)
        .build();
    spec.addOption(repo);
    reportOptions = new ReportOptions.Declared(spec);
    settings = new GitSettingsOptions(spec);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws UsageException {
    ReportOptions report = reportOptions.values();
    if (report.format == OutputFormat.sarif) {
      // Branch findings have no file to point at, and code scanning rejects results without one.
      return Formats.notOffered(spec, report.format);
    }
    ReportOptions.Context context = ReportOptions.Context.load();
    report.overrides(context);
    Path repo = CommandSpecs.<Path>value(this.repo).orElse(Path.of("."));
    try (BranchGuard guard = BranchGuard.open(repo)) {
      ReportOptions.Project project = new ReportOptions.Project("", SourceLines.none(), ".git");
      return report.report(
          guard.check(settings.settings(guard, spec.commandLine())), project, context, spec.commandLine().getOut());
    } catch (UnreadableRepositoryException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
