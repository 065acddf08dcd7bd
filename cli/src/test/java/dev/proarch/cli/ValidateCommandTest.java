package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code proarch validate} end to end, over the example projects and copies of them. */
class ValidateCommandTest {
  static final Path CLEAN = Path.of("../examples/projects/clean-pro");
  static final Path MISTAKES = Path.of("../examples/projects/typical-mistakes");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theCleanExampleHasNoFindingsAndExitsZero() {
    assertThat(run("validate", CLEAN.toString())).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void theTypicalMistakesExampleFailsWithItsErrors() {
    assertThat(run("validate", MISTAKES.toString())).as(err.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(out.toString())
        .contains("../examples/projects/typical-mistakes/.magento.app.yaml:")
        .contains("error PRO-");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aDirectoryThatIsNotAProjectIsAUsageErrorOnOneLine() {
    assertThat(run("validate", dir.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: ").contains("not an Adobe Commerce Cloud project");
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    assertThat(run("validate", dir.resolve("nothing").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: ");
  }

  @Test
  void anUnknownEnvironmentIsAUsageError() {
    assertThat(run("validate", CLEAN.toString(), "--environment", "prod")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: invalid environment 'prod'");
  }

  @Test
  void anUnusableCommerceVersionIsAUsageError() {
    assertThat(run("validate", CLEAN.toString(), "--commerce-version", "banana")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: invalid Commerce version 'banana'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theCommerceVersionOptionWinsOverComposerJson() {
    run("validate", CLEAN.toString(), "--commerce-version", "2.4.7-p3", "--format", "json");
    assertThat(out.toString())
        .contains("\"commerceVersion\" : \"2.4.7-p3\"")
        .contains("\"commerceVersionSource\" : \"option\"");
  }

  @Test
  void aMissingCompatibilityMatrixIsAUsageError() {
    assertThat(run("validate", CLEAN.toString(), "--compat-matrix", dir.resolve("none.tsv").toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: compatibility matrix ").contains("does not exist");
  }

  @Test
  void anUnknownRuleInASeverityOverrideIsAUsageError() {
    assertThat(run("validate", CLEAN.toString(), "--severity", "PRO-XYZ-999=off")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: invalid rule id 'PRO-XYZ-999'");
  }

  @Test
  void aBadFailOnLevelIsAUsageError() {
    assertThat(run("validate", CLEAN.toString(), "--fail-on", "fatal")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: ");
  }

  @Test
  void turningEveryReportedRuleOffMakesTheMistakesPass() throws Exception {
    run("validate", MISTAKES.toString(), "--format", "json");
    String json = out.toString();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("validate", MISTAKES.toString()));
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("diagnostics")
        .forEach(d -> args.addAll(java.util.List.of("--severity", d.path("ruleId").asText() + "=off")));
    StringWriter second = new StringWriter();
    int code = ProArch.run(new PrintWriter(second), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(second.toString()).isEqualTo("0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void theJsonReportSaysWhatWasReadAndWhichVersionWasAssumed() {
    run("validate", CLEAN.toString(), "--format", "json");
    assertThat(out.toString())
        .startsWith("{\n  \"schemaVersion\" : 1,\n  \"files\" : [")
        .contains("\"commerceVersion\" : \"2.4.7-p3\"")
        .contains("\"commerceVersionSource\" : \"composer.json\"")
        .contains("\"diagnostics\" : [ ]");
  }

  @Test
  void theSarifReportOfTheMistakesIsValidSarif() throws IOException {
    run("validate", MISTAKES.toString(), "--format", "sarif");
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      assertThat(schema.validate(out.toString(), InputFormat.JSON)).isEmpty();
    }
    assertThat(out.toString()).contains("\"uri\" : \"../examples/projects/typical-mistakes/.magento");
  }

  @Test
  void aBaselineRoundTripHidesTheKnownMistakesAndReportsANewOne() throws IOException {
    Path project = copy(MISTAKES, dir.resolve("shop"));
    Path baseline = dir.resolve("baseline.json");
    assertThat(run("validate", project.toString(), "--write-baseline", baseline.toString())).isEqualTo(ExitCode.OK);

    StringWriter second = new StringWriter();
    int code = ProArch.run(new PrintWriter(second), new PrintWriter(err),
        "validate", project.toString(), "--baseline", baseline.toString());
    assertThat(code).as(second.toString()).isEqualTo(ExitCode.OK);
    assertThat(second.toString()).startsWith("0 errors, 0 warnings, 0 info (");

    // An unrelated edit moves every line down; then one new mistake, a misspelt key.
    Path app = project.resolve(".magento.app.yaml");
    Files.writeString(app, "# moved down by a comment\n" + Files.readString(app) + "\ndiks: 2048\n");
    StringWriter third = new StringWriter();
    code = ProArch.run(new PrintWriter(third), new PrintWriter(err),
        "validate", project.toString(), "--baseline", baseline.toString(), "--format", "json");
    assertThat(code).isEqualTo(ExitCode.FINDINGS);
    assertThat(third.toString()).contains("'diks'").contains("\"errors\" : 1").contains("\"total\" : 1");
  }

  @Test
  void theDisplayRootIsTheDirectoryAsTyped() {
    assertThat(ValidateCommand.displayRoot(".")).isEmpty();
    assertThat(ValidateCommand.displayRoot("./shop/")).isEqualTo("shop");
    assertThat(ValidateCommand.displayRoot(Path.of("shop").toAbsolutePath().toString())).isEqualTo("shop");
    assertThat(ValidateCommand.displayRoot("../shop")).isEqualTo("../shop");
  }

  private int run(String... args) {
    return ProArch.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}
