package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.DiagnosticOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, validation returns findings: it never throws, never hangs, and sorts its output. */
class RobustnessTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();
  private static final List<String> PATHS =
      List.of(".magento.app.yaml", ".magento/services.yaml", ".magento/routes.yaml", ".magento.env.yaml");
  private static final List<String> SEEDS =
      List.of(
          "name: mymagento\ntype: php:8.3\ndisk: 2048\nrelationships:\n    database: \"mysql:mysql\"\n"
              + "mounts:\n    \"var\": \"shared:files/var\"\ncrons:\n    cronrun:\n        spec: \"* * * * *\"\n"
              + "        cmd: \"php bin/magento cron:run\"\nweb:\n    locations:\n        \"/\":\n"
              + "            root: \"pub\"\n            passthru: \"/index.php\"\n            expires: 1y\n",
          "mysql:\n    type: mysql:10.6\n    disk: 2048\nredis:\n    type: redis:7.2\n"
              + "varnish:\n    type: varnish:6.0\n    configuration:\n        vcl: !include {type: string, path: a.vcl}\n",
          "\"https://{default}/\":\n    type: upstream\n    upstream: \"mymagento:http\"\n    cache: {enabled: true}\n"
              + "    redirects:\n        paths:\n            \"/a\": {to: \"/b\", code: 301}\n",
          "stage:\n  global:\n    SCD_ON_DEMAND: true\n  deploy:\n    SEARCH_CONFIGURATION:\n      _merge: true\n"
              + "      engine: opensearch\nlog:\n  slack: {token: x, min_level: info}\n"
              + "base: &b {a: 1}\nother:\n  <<: *b\n  k: !php/const:\\PDO::X\n");
  private static final String NOISE = " :-[]{}&*!|>'\"#%@`,?\t\n\r\\<~0123456789abcXYZ.";

  @Provide
  Arbitrary<String> mutatedYaml() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<List<int[]>> edits =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, NOISE.length() - 1),
                Arbitraries.integers().between(1, 4))
            .as((kind, at, symbol, length) -> new int[] {kind, at, symbol, length})
            .list()
            .ofMinSize(1)
            .ofMaxSize(8);
    return Combinators.combine(seed, edits).as(RobustnessTest::mutate);
  }

  private static String mutate(String seed, List<int[]> edits) {
    StringBuilder text = new StringBuilder(seed);
    for (int[] edit : edits) {
      int at = text.length() == 0 ? 0 : edit[1] % (text.length() + 1);
      char symbol = NOISE.charAt(edit[2]);
      switch (edit[0]) {
        case 0:
          text.insert(at, String.valueOf(symbol).repeat(edit[3]));
          break;
        case 1:
          text.delete(at, Math.min(text.length(), at + edit[3]));
          break;
        default:
          if (at < text.length()) {
            text.setCharAt(at, symbol);
          }
      }
    }
    return text.toString();
  }

  @Property(tries = 300)
  void validationNeverThrowsOnMutatedYaml(
      @ForAll("mutatedYaml") String yaml, @ForAll("paths") String path) {
    ValidationResult result =
        VALIDATOR.validate(ProjectSource.ofFiles(Map.of(path, yaml.getBytes(StandardCharsets.UTF_8))));
    assertThat(result.diagnostics()).isSortedAccordingTo(DiagnosticOrder.INSTANCE);
    assertThat(result.files()).containsExactly(path);
    // An internal failure caught and turned into a finding would still be a bug.
    assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("Exception") || d.message().contains("Error:"));
  }

  @Property(tries = 200)
  void validationNeverThrowsOnArbitraryBytes(@ForAll byte[] bytes, @ForAll("paths") String path) {
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(Map.of(path, bytes)));
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.message()).isNotBlank());
    assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("Exception"));
  }

  @Property(tries = 100)
  void validationIsDeterministic(@ForAll("mutatedYaml") String yaml, @ForAll("paths") String path) {
    Map<String, byte[]> files = Map.of(path, yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(VALIDATOR.validate(ProjectSource.ofFiles(files)).diagnostics())
        .isEqualTo(VALIDATOR.validate(ProjectSource.ofFiles(files)).diagnostics());
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(PATHS);
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> seed = Arbitraries.of(
        "{\"packages\": [{\"name\": \"magento/product-enterprise-edition\", \"version\": \"2.4.7-p3\"}]}",
        "{\"require\": {\"magento/magento-cloud-metapackage\": \">=2.4.8 <2.4.9\"}}");
    Arbitrary<String> noise = Arbitraries.strings().withChars("{}[]\":,\\/u0123456789abcdeftrnl -").ofMaxLength(12);
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 120);
    return Combinators.combine(seed, noise, at, Arbitraries.integers().between(0, 6))
        .as((text, insert, position, cut) -> {
          int where = Math.min(position, text.length());
          return text.substring(0, where) + insert + text.substring(Math.min(text.length(), where + cut));
        });
  }

  @Property(tries = 300)
  void composerFilesNeverMakeValidationThrow(@ForAll("jsonish") String json, @ForAll boolean lock) {
    String file = lock ? "composer.lock" : "composer.json";
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(Map.of(
        ".magento.app.yaml", "name: app\ntype: php:8.3\ndisk: 2048\n".getBytes(StandardCharsets.UTF_8),
        file, json.getBytes(StandardCharsets.UTF_8))));
    assertThat(result.files()).contains(file);
    assertThat(result.commerceVersion().isPresent()
            || result.diagnostics().stream().anyMatch(d -> d.ruleId().value().equals("PRO-CFG-090")))
        .isTrue();
  }
}
