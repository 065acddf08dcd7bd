package dev.proarch.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root {@code proarch} command. Subcommands are listed in {@link #SUBCOMMANDS}, in the order {@code
 * --help} shows them. Every failure becomes one line on stderr and exit code 2; no stack trace reaches the
 * user.
 */
public final class ProArch implements Runnable {
  /**
   * Every subcommand by name, in the order {@code --help} shows them. A run builds the model of the one
   * subcommand it names: building all of them took a third of the command's start (docs/performance.md).
   */
  static final List<String> SUBCOMMANDS = List.of(
      "help", "environments", "topology", "use", "rules", "explain", "backups", "scale-plan", "validate",
      "providers", "git");

  private final CommandSpec spec;

  private ProArch() {
    spec = CommandSpecs.command(this, "proarch", "The Adobe Commerce on cloud infrastructure Pro architecture as code.");
    spec.versionProvider(new VersionProvider());
    CommandSpecs.withStandardHelpOptions(spec);
  }

  /** The command a subcommand name stands for: its model, or for {@code help} picocli's own annotated command. */
  static Object subcommand(String name) {
    return switch (name) {
      case "help" -> CommandLine.HelpCommand.class;
      case "environments" -> new EnvironmentsCommand().spec();
      case "topology" -> new TopologyCommand().spec();
      case "use" -> new UseCommand().spec();
      case "rules" -> new RulesCommand().spec();
      case "explain" -> new ExplainCommand().spec();
      case "backups" -> new BackupsCommand().spec();
      case "scale-plan" -> new ScalePlanCommand().spec();
      case "validate" -> new ValidateCommand().spec();
      case "providers" -> new ProvidersCommand().spec();
      case "git" -> new GitCommand().spec();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

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
  static List<String> subcommandsFor(String... args) {
    if (args.length == 0) {
      return SUBCOMMANDS;
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    // "help" needs the whole tree to describe any command.
    return SUBCOMMANDS.contains(args[0]) && !args[0].equals("help") ? List.of(args[0]) : SUBCOMMANDS;
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> subcommands) {
    CommandLine commandLine = new CommandLine(new ProArch().spec);
    for (String name : subcommands) {
      commandLine.addSubcommand(name, subcommand(name));
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    withFailureHandling(commandLine);
    commandLine.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
    return commandLine;
  }

  /** Makes every failure of a command line one line on stderr and exit code 2, as the proarch command does. */
  static CommandLine withFailureHandling(CommandLine commandLine) {
    Failures failures = new Failures();
    commandLine.setExitCodeExceptionMapper(failures);
    commandLine.setParameterExceptionHandler(failures);
    commandLine.setExecutionExceptionHandler(failures);
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
