package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleId;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.internal.schema.DidYouMean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of findings that must hold whatever the input. */
class InvariantsTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();
  private static final RobustnessTest INPUTS = new RobustnessTest();

  @Provide
  Arbitrary<String> mutatedYaml() {
    return INPUTS.mutatedYaml();
  }

  @Provide
  Arbitrary<String> paths() {
    return INPUTS.paths();
  }

  @Property(tries = 200)
  void everyFindingPointsInsideTheFileItNames(@ForAll("mutatedYaml") String yaml, @ForAll("paths") String path) {
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(Map.of(path, bytes(yaml))));
    for (Diagnostic diagnostic : result.diagnostics()) {
      Optional<Location> location = diagnostic.location();
      if (location.isPresent() && location.get().line().isPresent()) {
        String file = location.get().file().orElseThrow();
        assertThat(file).isEqualTo(path);
        assertThat(location.get().line().getAsInt()).isLessThanOrEqualTo(result.sourceLines(file).size());
      }
      assertThat(diagnostic.message()).doesNotContain(path + ":");
    }
  }

  @Property(tries = 100)
  void turningARuleOffRemovesExactlyItsFindings(
      @ForAll("mutatedYaml") String yaml, @ForAll("paths") String path, @ForAll("ruleIds") RuleId rule) {
    ProjectSource source = ProjectSource.ofFiles(Map.of(path, bytes(yaml)));
    List<Diagnostic> all = VALIDATOR.validate(source).diagnostics();
    List<Diagnostic> without =
        VALIDATOR.validate(source, ValidationOptions.builder().putSeverityOverrides(rule, Optional.empty()).build())
            .diagnostics();
    assertThat(without).isEqualTo(all.stream().filter(d -> !d.ruleId().equals(rule)).toList());
  }

  @Property(tries = 200)
  void cronSpecsWithinTheirRangesAreAccepted(@ForAll("validSpecs") String spec) {
    String app = "name: mymagento\ntype: php:8.3\ndisk: 2048\ncrons:\n  job:\n    spec: \"" + spec
        + "\"\n    cmd: \"php bin/magento cron:run\"\n";
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(Map.of(".magento.app.yaml", bytes(app))));
    assertThat(result.diagnostics()).noneMatch(d -> d.ruleId().equals(ConfigRules.CRON_SPEC.id()));
  }

  @Property(tries = 200)
  void cronValuesBeyondTheirRangeAreRejected(@ForAll("fieldIndexes") int field, @ForAll("overflow") int extra) {
    int[] max = {59, 23, 31, 12, 7};
    String[] fields = {"*", "*", "*", "*", "*"};
    fields[field] = Integer.toString(max[field] + extra);
    String app = "name: mymagento\ntype: php:8.3\ndisk: 2048\ncrons:\n  job:\n    spec: \""
        + String.join(" ", fields) + "\"\n    cmd: \"php bin/magento cron:run\"\n";
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(Map.of(".magento.app.yaml", bytes(app))));
    assertThat(result.diagnostics()).anyMatch(d -> d.ruleId().equals(ConfigRules.CRON_SPEC.id()));
  }

  @Property(tries = 200)
  void aKnownWordSuggestsItself(@ForAll("keys") String key) {
    List<String> known = List.of("relationships", "mounts", "disk", "crons", "hooks", "web", "runtime", key);
    assertThat(DidYouMean.closest(key, known)).contains(key);
  }

  @Property(tries = 200)
  void aKeyWithOneLetterDroppedSuggestsTheKey(@ForAll("knownKeys") String key, @ForAll("positions") int at) {
    int index = at % key.length();
    String typo = key.substring(0, index) + key.substring(index + 1);
    List<String> known = List.of("relationships", "mounts", "dependencies", "variables", "timezone", "preflight");
    assertThat(DidYouMean.closest(typo, known)).contains(key);
  }

  @Provide
  Arbitrary<RuleId> ruleIds() {
    return Arbitraries.of(ConfigRules.ALL).map(rule -> rule.id());
  }

  @Provide
  Arbitrary<String> validSpecs() {
    Arbitrary<String> minute = field(0, 59);
    Arbitrary<String> hour = field(0, 23);
    Arbitrary<String> day = field(1, 31);
    Arbitrary<String> month = field(1, 12);
    Arbitrary<String> weekday = field(0, 7);
    return Combinators.combine(minute, hour, day, month, weekday)
        .as((a, b, c, d, e) -> String.join(" ", a, b, c, d, e));
  }

  private static Arbitrary<String> field(int min, int max) {
    Arbitrary<Integer> value = Arbitraries.integers().between(min, max);
    Arbitrary<String> range = Combinators.combine(value, value)
        .as((x, y) -> Math.min(x, y) + "-" + Math.max(x, y));
    Arbitrary<String> step = Arbitraries.integers().between(1, max).map(n -> "*/" + n);
    Arbitrary<String> list = value.list().ofMinSize(2).ofMaxSize(4)
        .map(values -> String.join(",", values.stream().map(String::valueOf).toList()));
    return Arbitraries.oneOf(Arbitraries.just("*"), value.map(String::valueOf), range, step, list);
  }

  @Provide
  Arbitrary<Integer> fieldIndexes() {
    return Arbitraries.integers().between(0, 4);
  }

  @Provide
  Arbitrary<Integer> overflow() {
    return Arbitraries.integers().between(1, 1000);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> knownKeys() {
    return Arbitraries.of("relationships", "mounts", "dependencies", "variables", "timezone", "preflight");
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 100);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
