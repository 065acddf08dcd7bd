package dev.proarch.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code proarch git hook}: the Pro branch rules as a server-side Git hook. */
final class GitHookCommand implements Runnable {
  private final CommandSpec spec;

  GitHookCommand() {
    spec = CommandSpecs.command(this, "hook", "Guard pushes to a Git server with the Pro branch rules.");
    CommandSpecs.withStandardHelpOptions(spec);
    spec.addSubcommand("pre-receive", new GitPreReceiveCommand().spec());
    spec.addSubcommand("install", new GitHookInstallCommand().spec());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
