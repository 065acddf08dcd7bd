package dev.proarch.core.policy.branching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the names of {@code names.txt}, each with its inline expectation, through a branch from integration. */
class NamingFixtureTest {

  record Case(String name, List<String> expected) {
    @Override
    public String toString() {
      return name.replace("\t", "\\t").replace("\n", "\\n") + " => " + expected;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = NamingFixtureTest.class.getResourceAsStream("names.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Case> cases = text.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(NamingFixtureTest::parse)
          .toList();
      assertThat(cases).hasSizeGreaterThan(20);
      return cases.stream();
    }
  }

  private static Case parse(String line) {
    int arrow = line.lastIndexOf(" => ");
    String name = line.substring(0, arrow).replace("\\t", "\t").replace("\\n", "\n");
    String expected = line.substring(arrow + 4).trim();
    return new Case(name, expected.equals("none") ? List.of() : Arrays.stream(expected.split(",\\s*")).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void namingFindingsMatchTheInlineExpectation(Case fixture) {
    BranchOutcome outcome =
        BranchPolicy.apply(ProjectEnvironments.standard(), BranchOperation.branch(fixture.name(), "integration"));
    List<String> naming = outcome.diagnostics().stream()
        .map(d -> d.ruleId().value())
        .filter(id -> id.equals("PRO-BR-006") || id.equals("PRO-BR-007") || id.equals("PRO-BR-008"))
        .toList();
    assertThat(naming).containsExactlyElementsOf(fixture.expected());
    assertThat(outcome.diagnostics()).allSatisfy(d -> assertThat(d.message()).doesNotContain("\n"));
    // Only the forbidden characters are errors; length findings are warnings and do not block the branch.
    assertThat(outcome.accepted()).isEqualTo(!fixture.expected().contains("PRO-BR-006"));
  }
}
