package dev.proarch.cli;

import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli model of a command in code. Commands declare their options here rather than with
 * annotations: reading annotations made the JDK parse them and generate a proxy class for each annotation type
 * at every start, the largest part of a cold {@code proarch validate} after the JVM itself (D-PERF-6).
 */
final class CommandSpecs {
  private CommandSpecs() {}

  /** A command named {@code name} whose user object ({@link Runnable} or {@link java.util.concurrent.Callable}) runs it. */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.usageMessage().description(description);
    return spec;
  }

  /** An option that takes a value, shown as {@code name=label}. */
  static OptionSpec.Builder option(String name, String label, String... description) {
    return OptionSpec.builder(name).paramLabel(label).description(description).type(String.class);
  }

  /**
   * A boolean option without a value. Its arity is left to picocli, as for an annotated boolean field: a set
   * arity of 0 would refuse {@code --name=true} and {@code --name=false}, which the annotated commands took.
   */
  static OptionSpec.Builder flag(String name, String... description) {
    return OptionSpec.builder(name).description(description).type(boolean.class);
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} after the command's own options, as picocli's
   * {@code mixinStandardHelpOptions} does.
   */
  static CommandSpec withStandardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help")
        .usageHelp(true)
        .description("Show this help message and exit.")
        .build());
    spec.addOption(OptionSpec.builder("-V", "--version")
        .versionHelp(true)
        .description("Print version information and exit.")
        .build());
    return spec;
  }

  /** The value the user gave, or the option's initial value; empty when there is neither. */
  static <T> Optional<T> value(ArgSpec arg) {
    return Optional.ofNullable(arg.getValue());
  }

  /** Whether a flag was given. */
  static boolean isSet(OptionSpec flag) {
    Boolean value = flag.getValue();
    return value != null && value;
  }
}
