package dev.proarch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code proarch git}: the Pro branch rules on a Git repository. */
@Command(
    name = "git",
    mixinStandardHelpOptions = true,
    description = "The Pro branch rules on a Git repository: check it, guard pushes, export the rules.",
    subcommands = {GitCheckCommand.class, GitHookCommand.class, GitExportRulesCommand.class})
final class GitCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
