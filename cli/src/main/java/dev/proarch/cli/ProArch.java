package dev.proarch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code proarch} command. Subcommands are listed here, in the order {@code --help} shows them.
 * Every failure becomes one line on stderr and exit code 2; no stack trace reaches the user.
 */
@Command(
    name = "proarch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The Adobe Commerce on cloud infrastructure Pro architecture as code.",
    subcommands = {
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
      GitCommand.class
    })
public final class ProArch implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns its exit code; never exits the JVM. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams; never exits the JVM. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ProArch());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(exception -> ExitCode.USAGE);
    commandLine.setParameterExceptionHandler(ProArch::usageError);
    commandLine.setExecutionExceptionHandler(ProArch::executionError);
    commandLine.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int usageError(CommandLine.ParameterException error, String[] args) {
    CommandLine failed = error.getCommandLine();
    failed.getErr().println("proarch: " + error.getMessage());
    failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private static int executionError(
      Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    commandLine.getErr().println("proarch: " + message);
    return ExitCode.USAGE;
  }
}
