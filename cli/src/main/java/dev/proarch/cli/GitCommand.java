package dev.proarch.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code proarch git}: the Pro branch rules on a Git repository. */
final class GitCommand implements Runnable {
  private final CommandSpec spec;

  GitCommand() {
    spec = CommandSpecs.command(
        this, "git", "The Pro branch rules on a Git repository: check it, guard pushes, export the rules.");
    CommandSpecs.withStandardHelpOptions(spec);
    spec.addSubcommand("check", new GitCheckCommand().spec());
    spec.addSubcommand("hook", new GitHookCommand().spec());
    spec.addSubcommand("export-rules", new GitExportRulesCommand().spec());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
