package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TopologyCommandTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "topology-pro12-2.4.7.txt          | --tier Pro12 --commerce-version 2.4.7",
    "topology-pro12-2.4.7.json         | --tier Pro12 --commerce-version 2.4.7 --format json",
    "topology-pro48-scaled-staging.txt  | --tier Pro48 --commerce-version 2.4.3-p2 --environment staging --scaled --web-nodes 4",
    "topology-pro48-scaled-staging.json | --tier Pro48 --commerce-version 2.4.3-p2 --environment staging --scaled --web-nodes 4 --format json",
    "topology-integration.txt          | --tier Pro12 --commerce-version 2.4.7 --environment integration",
    "topology-integration.json         | --tier Pro12 --commerce-version 2.4.7 --environment integration --format json",
  })
  void outputMatchesTheGoldenFile(String file, String args) throws Exception {
    Golden.Run run = Golden.run(("topology " + args).split(" "));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Golden.assertMatches(file, run.out());
  }

  @Test
  void theReadmeQuickStartPrintsThreeNodesGaleraOffsetsGatewaysAndTotals() {
    String out = Golden.run("topology", "--tier", "Pro12", "--commerce-version", "2.4.7").out();
    assertThat(out).startsWith("Production topology: Pro12 cluster, Adobe Commerce 2.4.7\n");
    assertThat(out).contains("node1  unified  az1  4 vCPU, 16 GB RAM", "node3  unified  az3");
    assertThat(out).contains("auto_increment_offset node1 1, node2 2, node3 3");
    assertThat(out).contains("gateway-3  node3  az3");
    assertThat(out).contains("3 nodes; 12 vCPU, 48 GB RAM");
  }

  @Test
  void jsonCarriesTheGaleraOffsetsAndTotals() throws Exception {
    JsonNode root = new ObjectMapper().readTree(
        Golden.run("topology", "--tier", "Pro120", "--commerce-version", "2.4.2", "--format", "json").out());
    assertThat(root.get("searchEngine").get("engine").asText()).isEqualTo("elasticsearch");
    assertThat(root.get("galera").findValuesAsText("offset")).containsExactly("1", "2", "3");
    assertThat(root.get("totals").get("vcpu").asInt()).isEqualTo(120);
    assertThat(root.get("totals").get("ramGb").asInt()).isEqualTo(480);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "--tier Pro13 --commerce-version 2.4.7                     | proarch: invalid cluster tier 'Pro13': expected ",
    "--tier Pro12 --commerce-version 2.4                       | proarch: invalid Commerce version '2.4': expected ",
    "--tier Pro12 --commerce-version 2.4.7 --environment dev   | proarch: invalid environment 'dev': expected ",
    "--tier Pro12 --commerce-version 2.4.7 --scaled            | proarch: invalid cluster tier for the scaled architecture 'Pro12': expected Pro48",
    "--tier Pro48 --commerce-version 2.4.7 --scaled --web-nodes 2 | proarch: invalid number of web nodes '2': expected at least 3",
    "--tier Pro48 --commerce-version 2.4.7 --web-nodes 3       | proarch: --web-nodes needs --scaled",
    "--tier Pro12 --commerce-version 2.4.7 --format sarif      | proarch: invalid format 'sarif' for topology",
  })
  void badInputIsExitCodeTwoAndOneLine(String args, String expected) {
    Golden.Run run = Golden.run(("topology " + args).trim().split(" +"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(expected);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void aFlagAcceptsAnExplicitValueAsPicocliBooleansDo() {
    String scaled = Golden.run("topology", "--tier", "Pro48", "--commerce-version", "2.4.7", "--scaled").out();
    assertThat(Golden.run("topology", "--tier", "Pro48", "--commerce-version", "2.4.7", "--scaled=true").out())
        .isEqualTo(scaled);
    assertThat(Golden.run("topology", "--tier", "Pro48", "--commerce-version", "2.4.7", "--scaled=false").out())
        .isNotEqualTo(scaled);
  }
}
