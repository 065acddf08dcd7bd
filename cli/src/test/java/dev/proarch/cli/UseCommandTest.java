package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UseCommandTest {

  private static String golden(String name) throws IOException {
    try (InputStream in = UseCommandTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void performanceTestingOnIntegrationIsNotRecommendedAndExitsOne() throws IOException {
    CommandRun run = CommandRun.of("use", "--environment", "integration", "--purpose", "performance-testing");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).isEqualTo(golden("use-integration-performance-testing.txt"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theJsonShapeMatchesTheGoldenFile() throws IOException {
    CommandRun run = CommandRun.of(
        "use", "--environment", "integration", "--purpose", "performance-testing", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(run.out())).isEqualTo(mapper.readTree(golden("use-integration-performance-testing.json")));
  }

  @Test
  void aRecommendedUseExitsZero() {
    CommandRun run = CommandRun.of("use", "--environment", "staging", "--purpose", "uat");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("staging for uat: recommended");
  }

  @Test
  void launchedTurnsStagingUatIntoAnAllowedUseWithAnInfoFinding() throws IOException {
    CommandRun run = CommandRun.of(
        "use", "--environment", "Staging", "--purpose", "UAT", "--launched", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("verdict").asText()).isEqualTo("allowed");
    assertThat(json.get("launched").asBoolean()).isTrue();
    assertThat(json.get("ruleId").asText()).isEqualTo("PRO-ENV-005");
    assertThat(json.get("diagnostics").get(0).get("severity").asText()).isEqualTo("info");
  }

  @Test
  void anUnknownPurposeIsAUsageErrorOnOneLine() {
    CommandRun run = CommandRun.of("use", "--environment", "integration", "--purpose", "load-testing");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("proarch: invalid purpose 'load-testing'").hasLineCount(1);
  }

  @Test
  void anUnknownEnvironmentIsAUsageError() {
    CommandRun run = CommandRun.of("use", "--environment", "qa", "--purpose", "uat");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: invalid environment 'qa'").hasLineCount(1);
  }

  @Test
  void sarifIsNotOfferedByUse() {
    CommandRun run = CommandRun.of("use", "--environment", "integration", "--purpose", "uat", "--format", "sarif");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: ").hasLineCount(1);
  }
}
