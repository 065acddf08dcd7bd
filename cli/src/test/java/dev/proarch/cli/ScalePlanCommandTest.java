package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalePlanCommandTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "scale-plan-pro12-pro120.txt  | --from Pro12 --to Pro120",
    "scale-plan-pro12-pro120.json | --from Pro12 --to Pro120 --format json",
    "scale-plan-pro120-pro48.txt  | --from Pro120 --to pro48",
    "scale-plan-pro48-pro48.txt   | --from Pro48 --to Pro48",
    "scale-plan-pro48-pro48.json  | --from Pro48 --to Pro48 --format json",
  })
  void outputMatchesTheGoldenFile(String file, String args) throws Exception {
    Golden.Run run = Golden.run(("scale-plan " + args).split(" "));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Golden.assertMatches(file, run.out());
  }

  @Test
  void everyJsonStepKeepsTwoNodesServing() throws Exception {
    JsonNode root = new ObjectMapper().readTree(
        Golden.run("scale-plan", "--from", "Pro24", "--to", "Pro96", "--format", "json").out());
    assertThat(root.get("direction").asText()).isEqualTo("up");
    assertThat(root.get("steps")).hasSize(3);
    for (JsonNode step : root.get("steps")) {
      assertThat(step.get("nodesServing")).hasSize(2);
      assertThat(step.get("nodesDown")).hasSize(1);
    }
    assertThat(root.get("steps").get(2).get("sizesAfter").findValuesAsText("tier")).containsOnly("Pro96");
    assertThat(root.get("findings")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "--from Pro13 --to Pro120               | proarch: invalid cluster tier 'Pro13': expected ",
    "--from Pro12 --to Pro240               | proarch: invalid cluster tier 'Pro240': expected ",
    "--from Pro12 --to Pro120 --format sarif | proarch: invalid format 'sarif' for scale-plan",
    "--from Pro12                           | proarch: Missing required option: '--to=TIER'",
  })
  void badInputIsExitCodeTwo(String args, String expected) {
    Golden.Run run = Golden.run(("scale-plan " + args).trim().split(" +"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(expected);
  }
}
