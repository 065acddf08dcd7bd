package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * config-spec.md section 8 lists what real projects do that looks odd but works. One project holding all of
 * it must produce no error, and only the warning the section allows (the legacy :php upstream).
 */
class UnusualButValidTest {

  @Test
  void section8ProjectHasNoErrorAndOnlyTheLegacyUpstreamWarning() throws Exception {
    Path dir = Path.of(getClass().getResource("/projects/unusual-but-valid").toURI());
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path file : children.toList()) {
        files.put(Fixture.projectPath(file.getFileName().toString()), Files.readAllBytes(file));
      }
    }
    ValidationResult result =
        ConfigValidator.create().validate(ProjectSource.ofFiles(files), ValidationOptions.builder().commerceVersion("2.3.5").build());

    assertThat(result.config().applications()).hasSize(3);
    // Section 8 is about single files. The project-wide rules (PRO-CFG-1xx) rightly see defects of the
    // composite: the null relationship mariadb names no service, varnish is not routed, and several
    // versions do not suit 2.3.5; they are tested by their own fixtures.
    List<Diagnostic> perFile =
        result.diagnostics().stream().filter(d -> d.ruleId().value().compareTo("PRO-CFG-100") < 0).toList();
    assertThat(perFile).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(perFile)
        .filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::ruleId)
        .extracting(id -> id.value())
        .containsExactly("PRO-CFG-043");
    assertThat(result.diagnostics()).anyMatch(d -> d.ruleId().value().equals("PRO-CFG-022"));
  }
}
