package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a command line and compares its standard output with a file under {@code src/test/resources/golden}.
 * Run the tests with {@code -Dgolden.update=true} to rewrite the files after an intended change, then review
 * the diff.
 */
final class Golden {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** The result of one run: exit code, standard output and standard error. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ProArch.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
  }

  static void assertMatches(String file, String actual) throws IOException {
    Path golden = DIRECTORY.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
