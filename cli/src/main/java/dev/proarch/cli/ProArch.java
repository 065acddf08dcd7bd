package dev.proarch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code proarch} command. Subcommands are listed in {@link #SUBCOMMANDS}, in the order {@code
 * --help} shows them. Every failure becomes one line on stderr and exit code 2; no stack trace reaches the
 * user.
 */
@Command(
    name = "proarch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The Adobe Commerce on cloud infrastructure Pro architecture as code.")
public final class ProArch implements Runnable {
  /**
   * Every subcommand. They are added when the command line is built rather than in the annotation, so that
   * a run builds picocli's model of the one subcommand it names: building all of them took a third of the
   * command's start (docs/performance.md).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      CommandLine.HelpCommand.class,
      EnvironmentsCommand.class,
      TopologyCommand.class,
      UseCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      BackupsCommand.class,
      ScalePlanCommand.class,
      ValidateCommand.class,
      ProvidersCommand.class,
      GitCommand.class);

  /**
   * Each subcommand by the name in its {@code @Command}, which a test holds equal to the annotations: reading
   * them at start parsed an annotation per class, a tenth of a cold {@code validate} (docs/performance.md).
   */
  static final Map<String, Class<?>> BY_NAME = Map.of(
      "environments", EnvironmentsCommand.class,
      "topology", TopologyCommand.class,
      "use", UseCommand.class,
      "rules", RulesCommand.class,
      "explain", ExplainCommand.class,
      "backups", BackupsCommand.class,
      "scale-plan", ScalePlanCommand.class,
      "validate", ValidateCommand.class,
      "providers", ProvidersCommand.class,
      "git", GitCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns its exit code; never exits the JVM. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams; never exits the JVM. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err, subcommandsFor(args)).execute(args);
  }

  /** The command line with every subcommand, as {@code --help} shows it. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * The subcommand the first argument names, or all of them when it names none: help, a root option and a
   * typo need the whole tree to answer.
   */
  static List<Class<?>> subcommandsFor(String... args) {
    if (args.length == 0) {
      return SUBCOMMANDS;
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    Class<?> named = BY_NAME.get(args[0]);
    return named == null ? SUBCOMMANDS : List.of(named);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    CommandLine commandLine = new CommandLine(new ProArch());
    for (Class<?> subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    Failures failures = new Failures();
    commandLine.setExitCodeExceptionMapper(failures);
    commandLine.setParameterExceptionHandler(failures);
    commandLine.setExecutionExceptionHandler(failures);
    commandLine.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Turns every failure into one line on stderr and exit code 2. A class rather than lambdas: a lambda for a
   * picocli interface links that interface while the class-data archive is dumped, which keeps picocli's
   * main class out of the archive (docs/performance.md).
   */
  private static final class Failures
      implements CommandLine.IExitCodeExceptionMapper,
          CommandLine.IParameterExceptionHandler,
          CommandLine.IExecutionExceptionHandler {
    @Override
    public int getExitCode(Throwable exception) {
      return ExitCode.USAGE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
      CommandLine failed = error.getCommandLine();
      failed.getErr().println("proarch: " + error.getMessage());
      // A mistyped subcommand or option gets picocli's "Did you mean" line.
      CommandLine.UnmatchedArgumentException.printSuggestions(error, failed.getErr());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(
        Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
      commandLine.getErr().println("proarch: " + message);
      return ExitCode.USAGE;
    }
  }
}
