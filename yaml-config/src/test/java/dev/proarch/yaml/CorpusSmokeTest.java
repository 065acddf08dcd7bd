package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.proarch.core.rule.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Validates every real project of the shared corpus. None may throw, and the defects the corpus marks as
 * certain and per-file must be found.
 */
class CorpusSmokeTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();

  /** The corpus, from the system property proarch.corpus or the nearest ancestor holding shared/corpus. */
  static Optional<Path> corpus() {
    String property = System.getProperty("proarch.corpus");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static List<Path> projects(Path corpus) throws IOException {
    try (Stream<Path> children = Files.list(corpus)) {
      return children.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void everyCorpusProjectValidatesWithoutException() throws Exception {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "the shared corpus is not present");
    List<Path> projects = projects(corpus.get());
    assertThat(projects).hasSizeGreaterThan(10);
    for (Path project : projects) {
      ValidationResult result = VALIDATOR.validate(ProjectSource.ofDirectory(project), ValidationOptions.defaults());
      assertThat(result.files()).as(project.toString()).isNotEmpty();
      if (Boolean.getBoolean("proarch.corpus.print")) {
        for (Diagnostic d : result.diagnostics()) {
          System.out.println(project.getFileName() + " " + d.severity() + " " + d.ruleId() + " "
              + d.location().flatMap(l -> l.file()).orElse("-") + ":" + d.location().map(l -> l.line().orElse(0)).orElse(0)
              + " " + d.message());
        }
      }
    }
  }

  /** EXPECTED.tsv codes of single-file defects, and the rule that must report each at its line. */
  private static final Map<String, String> PER_FILE_CODES =
      Map.ofEntries(
          Map.entry("YAML_PARSE", "PRO-CFG-001"),
          Map.entry("TAB", "PRO-CFG-001"),
          Map.entry("APP_UNKNOWN_KEY", "PRO-CFG-006"),
          Map.entry("APP_TYPE_RC", "PRO-CFG-012"),
          Map.entry("SVC_RC", "PRO-CFG-012"),
          Map.entry("CRON_SPEC", "PRO-CFG-016"),
          Map.entry("CRON_NO_CMD", "PRO-CFG-017"),
          Map.entry("HOOK_LEGACY_CMD", "PRO-CFG-019"),
          Map.entry("EXT_DEFAULT_ON", "PRO-CFG-022"),
          Map.entry("EXT_NOT_AVAILABLE", "PRO-CFG-023"),
          Map.entry("SECRET_IN_VARIABLES", "PRO-CFG-024"),
          Map.entry("ROUTE_UPSTREAM_PHP", "PRO-CFG-043"),
          Map.entry("ENV_UNKNOWN_STAGE", "PRO-CFG-061"),
          Map.entry("ENV_STAGE_NULL", "PRO-CFG-062"),
          Map.entry("ENV_SYSTEM_VAR", "PRO-CFG-071"));

  @Test
  void theCorpusPerFileDefectsAreFoundAtTheirLines() throws Exception {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent() && Files.exists(corpus.get().resolve("EXPECTED.tsv")));
    List<String> missed = new ArrayList<>();
    int checked = 0;
    List<String> rows = Files.readAllLines(corpus.get().resolve("EXPECTED.tsv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t");
      String rule = PER_FILE_CODES.get(cells[4]);
      if (rule == null) {
        continue;
      }
      checked++;
      ValidationResult result =
          VALIDATOR.validate(ProjectSource.ofDirectory(corpus.get().resolve(cells[0])), ValidationOptions.defaults());
      int line = Integer.parseInt(cells[2]);
      boolean found = result.diagnostics().stream().anyMatch(d -> d.ruleId().value().equals(rule)
          && d.location().flatMap(l -> l.file()).equals(Optional.of(cells[1]))
          && d.location().get().line().orElse(0) == line);
      if (!found) {
        missed.add(cells[0] + " " + cells[1] + ":" + line + " " + cells[4] + " -> " + rule);
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(missed).isEmpty();
  }
}
