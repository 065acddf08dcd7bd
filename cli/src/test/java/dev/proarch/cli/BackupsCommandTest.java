package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupsCommandTest {
  private static final String NOW = "2026-11-26T12:00:00Z";

  private static String history(String name) {
    return Path.of("src", "test", "resources", "backups", name).toString();
  }

  private static Golden.Run backups(String file, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "backups";
    args[1] = "--history";
    args[2] = history(file);
    args[3] = "--now";
    args[4] = NOW;
    System.arraycopy(more, 0, args, 5, more.length);
    return Golden.run(args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "backups-production.txt   | history-production.txt | 1 | ",
    "backups-production.json  | history-production.txt | 1 | --format json",
    "backups-healthy.txt      | history-healthy.txt    | 0 | ",
    "backups-healthy.json     | history-healthy.txt    | 0 | --format json",
    "backups-integration.txt  | history-healthy.txt    | 1 | --environment integration",
    "backups-integration.json | history-healthy.txt    | 1 | --environment integration --format json",
  })
  void outputMatchesTheGoldenFile(String golden, String file, int exitCode, String more) throws Exception {
    Golden.Run run = backups(file, more == null ? new String[0] : more.split(" "));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(exitCode);
    Golden.assertMatches(golden, run.out());
  }

  @Test
  void jsonListsKeptAndPrunedWithReasonsAndTheRpoFindingsWithTheirWindow() throws Exception {
    JsonNode root = new ObjectMapper().readTree(backups("history-production.txt", "--format", "json").out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.get("kept").get(0).get("timestamp").asText()).isEqualTo("2026-08-20T06:00:00Z");
    assertThat(root.get("pruned").findValuesAsText("timestamp"))
        .contains("2026-06-01T00:00:00Z", "2026-11-25T21:00:00Z");
    assertThat(root.get("kept").findValuesAsText("reason"))
        .contains("newest in hour 2026-11-25T21Z (hourly within 3 days)");
    assertThat(root.get("rpoFindings").findValuesAsText("ruleId")).contains("PRO-BAK-001", "PRO-BAK-002");
    JsonNode first = root.get("rpoFindings").get(0);
    assertThat(first.get("path").asText()).isEqualTo("backups[2026-11-26T03:00:00Z]");
    assertThat(first.get("details").get("gap").asText()).isEqualTo("PT4H");
    assertThat(first.get("details").get("limit").asText()).isEqualTo("PT1H");
    assertThat(first.get("details").get("to").asText()).isEqualTo("2026-11-26T07:00:00Z");
  }

  @Test
  void aStagingHistoryIsJudgedBecauseStagingHasAutomaticBackups() {
    Golden.Run run = backups("history-healthy.txt", "--environment", "staging");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("Backups of staging at " + NOW);
  }

  @Test
  void aBadLineIsExitCodeTwoNamingTheLine() {
    Golden.Run run = backups("history-bad-line.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("proarch: ").contains("history-bad-line.txt")
        .contains("line 4").contains("'2026-11-26 11:00'");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "--history src/test/resources/backups/missing.txt --now 2026-11-26T12:00:00Z | proarch: cannot read history file",
    "--history src/test/resources/backups/history-healthy.txt --now tomorrow | proarch: invalid timestamp 'tomorrow'",
    "--history src/test/resources/backups/history-healthy.txt --now 2026-11-26T12:00:00 | proarch: invalid timestamp",
    "--history src/test/resources/backups/history-healthy.txt --now 2026-11-26T12:00:00Z --environment dev | proarch: invalid environment 'dev'",
    "--history src/test/resources/backups/history-healthy.txt --now 2026-11-26T12:00:00Z --format sarif | proarch: invalid format 'sarif' for backups",
    "--now 2026-11-26T12:00:00Z | proarch: Missing required option: '--history=FILE'",
  })
  void badInputIsExitCodeTwoAndOneLine(String args, String expected) {
    Golden.Run run = Golden.run(("backups " + args).split(" +"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(expected);
  }
}
