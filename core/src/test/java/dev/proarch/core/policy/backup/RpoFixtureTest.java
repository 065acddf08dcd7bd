package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every history in {@code src/test/resources/rpo}. A {@code # expect: PRO-BAK-nnn} line means the next
 * timestamp line starts a gap (or is the earliest future backup) that this rule reports; {@code #
 * expect-file:} expects a finding about the whole history. Every finding must be expected and every
 * expectation met.
 */
class RpoFixtureTest {
  private static final String NOW = "# now:";
  private static final String EXPECT = "# expect:";
  private static final String EXPECT_FILE = "# expect-file:";

  @TestFactory
  Stream<DynamicTest> everyFixtureReportsExactlyItsExpectations() throws IOException, URISyntaxException {
    Path folder = Paths.get(RpoFixtureTest.class.getResource("/rpo").toURI());
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(folder)) {
      fixtures = files.filter(path -> path.toString().endsWith(".history")).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(5);
    return fixtures.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> run(path)));
  }

  private static void run(Path fixture) throws Exception {
    List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
    Instant now = null;
    List<String> expected = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(NOW)) {
        now = Instant.parse(line.substring(NOW.length()).strip());
      } else if (line.startsWith(EXPECT_FILE)) {
        expected.add(line.substring(EXPECT_FILE.length()).strip() + " @history");
      } else if (line.startsWith(EXPECT)) {
        pending.add(line.substring(EXPECT.length()).strip());
      } else if (!line.isBlank() && !line.startsWith("#")) {
        for (String rule : pending) {
          expected.add(rule + " @" + Instant.parse(line.strip()));
        }
        pending.clear();
      }
    }
    assertThat(now).as("fixture names its now").isNotNull();
    assertThat(pending).as("every expectation precedes a timestamp").isEmpty();
    List<String> actual = new ArrayList<>();
    for (Diagnostic finding : RpoCheck.seedObjective().check(BackupHistory.parse(lines), now)) {
      String anchor = finding.details().getOrDefault("from", finding.details().get("earliest"));
      actual.add(finding.ruleId() + " @" + (anchor == null ? "history" : anchor));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }
}
