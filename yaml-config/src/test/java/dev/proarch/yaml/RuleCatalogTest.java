package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.yaml.internal.crossfile.CrossFileRules;
import dev.proarch.yaml.internal.rules.ConfigRules;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule list is complete, loadable through the service file, and every rule has a firing fixture. */
class RuleCatalogTest {

  @Test
  void theProviderContributesEveryRuleThroughTheServiceFile() {
    RuleCatalog catalog = RuleCatalog.load(getClass().getClassLoader());
    assertThat(catalog.area("CFG")).containsAll(ConfigRules.ALL);
    assertThat(catalog.area("CFG")).containsAll(CrossFileRules.ALL);
  }

  @Test
  void projectRulesStayInTheirNumberRange() {
    assertThat(CrossFileRules.ALL)
        .allSatisfy(rule -> {
          int number = Integer.parseInt(rule.id().value().substring("PRO-CFG-".length()));
          assertThat(number).isBetween(100, 199);
        });
    assertThat(CrossFileRules.ALL.stream().map(RuleDescriptor::id).distinct()).hasSameSizeAs(CrossFileRules.ALL);
  }

  @Test
  void perFileRulesStayInTheirNumberRange() {
    assertThat(ConfigRules.ALL)
        .allSatisfy(rule -> {
          int number = Integer.parseInt(rule.id().value().substring("PRO-CFG-".length()));
          assertThat(number).isBetween(1, 99);
        });
    assertThat(ConfigRules.ALL.stream().map(RuleDescriptor::id).distinct()).hasSameSizeAs(ConfigRules.ALL);
  }

  @Test
  void everyRuleHasAFixtureThatExpectsIt() {
    List<Fixture> fixtures = Fixture.all(FixtureTest.fixturesRoot());
    Set<String> expectedSomewhere =
        fixtures.stream()
            .flatMap(fixture -> fixture.expected.stream())
            .map(expectation -> expectation.substring(expectation.lastIndexOf(':') + 1))
            .collect(Collectors.toSet());
    List<RuleDescriptor> rules = new ArrayList<>(ConfigRules.ALL);
    rules.addAll(CrossFileRules.ALL);
    for (RuleDescriptor rule : rules) {
      assertThat(fixtures.stream().anyMatch(fixture -> fixture.rule.equals(rule.id().value())))
          .as("a fixture directory for %s", rule.id())
          .isTrue();
      assertThat(expectedSomewhere).as("a fixture expecting %s", rule.id()).contains(rule.id().value());
    }
  }

  @Test
  void everyFixtureDirectoryBelongsToARule() throws IOException {
    Set<String> ids =
        RuleCatalog.load(getClass().getClassLoader()).area("CFG").stream()
            .map(rule -> rule.id().value())
            .collect(Collectors.toSet());
    try (Stream<Path> dirs = Files.list(FixtureTest.fixturesRoot())) {
      assertThat(dirs.map(dir -> dir.getFileName().toString())).allSatisfy(name -> assertThat(ids).contains(name));
    }
  }
}
