package dev.proarch.cli;

import dev.proarch.cli.internal.report.SourceLines;
import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.UnreadableRepositoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code proarch git check}: the branch rules on the whole repository, reported with the same options,
 * formats and exit codes as {@code proarch validate} ({@code --fail-on}, {@code --severity}, baselines).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check that the repository's environment branches follow the Pro promotion chain.")
final class GitCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "The repository (default: the current directory).")
  Path repo = Path.of(".");

  @Mixin ReportOptions report;

  @Mixin GitSettingsOptions settings;

  @Override
  public Integer call() throws UsageException {
    if (report.format == OutputFormat.sarif) {
      // Branch findings have no file to point at, and code scanning rejects results without one.
      return Formats.notOffered(spec, report.format);
    }
    ReportOptions.Context context = ReportOptions.Context.load();
    report.overrides(context);
    try (BranchGuard guard = BranchGuard.open(repo)) {
      ReportOptions.Project project = new ReportOptions.Project("", SourceLines.none(), ".git");
      return report.report(
          guard.check(settings.settings(guard, spec.commandLine())), project, context, spec.commandLine().getOut());
    } catch (UnreadableRepositoryException e) {
      spec.commandLine().getErr().println("proarch: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }
}
