package dev.proarch.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Shared handling of {@code --format} values a command does not offer. */
final class Formats {
  private Formats() {}

  /** Prints the one-line usage error for a format this command does not offer and returns exit code 2. */
  static int notOffered(CommandSpec spec, OutputFormat format) {
    // The name under the root, such as "validate" or "git check".
    String command = spec.qualifiedName(" ").substring(spec.root().name().length()).trim();
    spec.commandLine().getErr().println(
        "proarch: invalid format '" + format + "' for " + command + ": expected text or json");
    return ExitCode.USAGE;
  }
}
