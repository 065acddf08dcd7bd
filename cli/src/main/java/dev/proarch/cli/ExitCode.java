package dev.proarch.cli;

/** The one exit-code table of every command (docs/cli.md). */
public final class ExitCode {
  /** The command ran and found nothing that reaches the failure threshold. */
  public static final int OK = 0;
  /** Findings at or above the threshold, or a refusal (a push, a plan, a use that is not recommended). */
  public static final int FINDINGS = 1;
  /** A usage error or unusable input; one line on stderr says why. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
