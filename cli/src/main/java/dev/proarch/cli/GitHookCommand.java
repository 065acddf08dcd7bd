package dev.proarch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code proarch git hook}: the Pro branch rules as a server-side Git hook. */
@Command(
    name = "hook",
    mixinStandardHelpOptions = true,
    description = "Guard pushes to a Git server with the Pro branch rules.",
    subcommands = {GitPreReceiveCommand.class, GitHookInstallCommand.class})
final class GitHookCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
