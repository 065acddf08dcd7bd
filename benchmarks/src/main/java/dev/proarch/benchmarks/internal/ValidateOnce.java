package dev.proarch.benchmarks.internal;

import dev.proarch.yaml.ConfigValidator;
import dev.proarch.yaml.NotAProjectException;
import dev.proarch.yaml.ProjectSource;
import java.nio.file.Path;

/**
 * The library without the command line: validates one project and prints the finding count. Timed as a
 * process beside {@code proarch validate}, it splits command start into the JVM, the library and the CLI.
 */
public final class ValidateOnce {
  private ValidateOnce() {}

  public static void main(String[] args) throws NotAProjectException {
    int findings = ConfigValidator.create().validate(ProjectSource.ofDirectory(Path.of(args[0]))).diagnostics().size();
    System.out.println(findings + " findings");
  }
}
