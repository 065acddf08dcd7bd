package dev.proarch.cli;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.UnreadableRepositoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code proarch git check}: the branch rules on the whole repository. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check that the repository's environment branches follow the Pro promotion chain.")
final class GitCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "The repository (default: the current directory).")
  Path repo = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
  OutputFormat format = OutputFormat.text;

  @Mixin GitSettingsOptions settings;

  @Override
  public Integer call() {
    if (format == OutputFormat.sarif) {
      throw new CommandLine.ParameterException(spec.commandLine(), "git check writes text or json, not sarif");
    }
    try (BranchGuard guard = BranchGuard.open(repo)) {
      GitReport report = new GitReport(guard.check(settings.settings(guard, spec.commandLine())));
      report.write(spec.commandLine().getOut(), format);
      return report.exitCode();
    } catch (UnreadableRepositoryException e) {
      spec.commandLine().getErr().println("proarch: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }
}
