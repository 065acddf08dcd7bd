package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EnvironmentsCommandTest {

  @Test
  void textMatchesTheGoldenFile() throws Exception {
    Golden.Run run = Golden.run("environments");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Golden.assertMatches("environments.txt", run.out());
  }

  @Test
  void jsonMatchesTheGoldenFile() throws Exception {
    Golden.Run run = Golden.run("environments", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Golden.assertMatches("environments.json", run.out());
  }

  @Test
  void jsonListsFourEnvironmentsAndMarksMastersValuesAndStagingsBackupsAsInferred() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Golden.run("environments", "--format", "json").out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode environments = root.get("environments");
    assertThat(environments).hasSize(4);
    assertThat(environments.get(3).get("name").asText()).isEqualTo("master");
    assertThat(environments.get(3).get("inferredValues")).hasSize(9);
    assertThat(environments.get(3).has("inferredBecause")).isTrue();
    assertThat(environments.get(1).get("inferredValues").toString()).isEqualTo("[\"automaticBackups\"]");
    assertThat(environments.get(2).get("inferredValues")).isEmpty();
    assertThat(environments.get(2).get("newRelic").asText()).isEqualTo("apm+nri");
  }

  @Test
  void sarifIsNotOffered() {
    Golden.Run run = Golden.run("environments", "--format", "sarif");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: invalid format 'sarif'");
  }
}
