package dev.proarch.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Shared handling of {@code --format} values a command does not offer. */
final class Formats {
  private Formats() {}

  /** Prints the one-line usage error for a format this command does not offer and returns exit code 2. */
  static int notOffered(CommandSpec spec, OutputFormat format) {
    spec.commandLine().getErr().println(
        "proarch: invalid format '" + format + "' for " + spec.name() + ": expected text or json");
    return ExitCode.USAGE;
  }
}
