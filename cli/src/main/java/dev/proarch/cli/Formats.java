package dev.proarch.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code --format} option of every command, and the refusal of a format a command does not offer. */
final class Formats {
  private Formats() {}

  /**
   * The {@code --format} option, text unless the user says otherwise; the commands that report findings offer
   * SARIF too, the others refuse it with {@link #notOffered}.
   * Some commands show {@code <format>}, the label picocli made from their annotated field's name, and keep it.
   */
  static OptionSpec option(String label, String description) {
    return CommandSpecs.option("--format", label, description)
        .type(OutputFormat.class)
        .defaultValue(OutputFormat.text.name())
        .build();
  }

  /** The format the user chose with an {@link #option}. */
  static OutputFormat value(OptionSpec option) {
    return CommandSpecs.<OutputFormat>value(option).orElse(OutputFormat.text);
  }

  /** Prints the one-line usage error for a format this command does not offer and returns exit code 2. */
  static int notOffered(CommandSpec spec, OutputFormat format) {
    // The name under the root, such as "validate" or "git check".
    String command = spec.qualifiedName(" ").substring(spec.root().name().length()).trim();
    spec.commandLine().getErr().println(
        "proarch: invalid format '" + format + "' for " + command + ": expected text or json");
    return ExitCode.USAGE;
  }
}
