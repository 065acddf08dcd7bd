package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The help of every command, as users and docs/cli.md see it. The commands declare their options in code
 * (D-PERF-6); these files hold what they print, so that a change of wording or layout is a reviewed diff.
 */
class HelpGoldenTest {
  static Stream<String> commands() {
    return Stream.of(
        "", "environments", "topology", "use", "rules", "explain", "backups", "scale-plan", "validate", "providers",
        "git", "git check", "git hook", "git hook pre-receive", "git hook install", "git export-rules");
  }

  @ParameterizedTest(name = "proarch {0} --help")
  @MethodSource("commands")
  void helpMatchesItsGoldenFile(String command) throws Exception {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = Stream.concat(Stream.of(words), Stream.of("--help")).toArray(String[]::new);
    Golden.Run run = Golden.run(args);
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    String file = ("proarch " + command).trim().replace(' ', '-');
    Golden.assertMatches("help/" + file + ".txt", run.out());
  }
}
