package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.proarch.core.rule.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
