package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/fixtures/<RULE-ID>/}: the findings of the rules a
 * fixture names must be exactly the ones its {@code # expect:} comments announce, so each fixture proves
 * both that a rule fires and that it stays quiet on the other lines.
 */
class FixtureTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();

  static Path fixturesRoot() {
    try {
      return Path.of(FixtureTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureProducesExactlyItsExpectedFindings() {
    List<Fixture> fixtures = Fixture.all(fixturesRoot());
    assertThat(fixtures).isNotEmpty();
    return fixtures.stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.toString(), () -> {
          ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(fixture.files), fixture.options);
          assertThat(fixture.actual(result.diagnostics()))
              .as("findings of %s in %s; all findings:%n%s", fixture.mentionedRules, fixture,
                  result.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")))
              .isEqualTo(fixture.expectedSorted());
        }));
  }
}
