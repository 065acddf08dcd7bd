package dev.proarch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintProductionTopologyTest {

  @Test
  void printsThreeNodesGatewaysTotalsAndConformance() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PrintProductionTopology.run(
        new String[] {"Pro120", "2.4.7"}, stream(out), stream(err));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(err.size()).isZero();
    assertThat(text).startsWith("Production, Pro120, Adobe Commerce 2.4.7");
    assertThat(text).contains("node1 in az1:", "node2 in az2:", "node3 in az3:");
    assertThat(text).contains("Redis 7.2 (active)", "Redis 7.2 (replica)");
    assertThat(text).contains("MariaDB 10.6 (read-write) increment 3 offset 3");
    assertThat(text).contains("gateway-2 -> node2");
    assertThat(text).contains("Total: 120 vCPU, 480 GB RAM");
    assertThat(text).contains("Conforms to the Pro shape: yes");
  }

  @Test
  void aBadTierIsReportedWithoutAStackTrace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PrintProductionTopology.run(
        new String[] {"Pro13"}, stream(new ByteArrayOutputStream()), stream(err));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("invalid cluster tier 'Pro13'");
  }

  @Test
  void mainRunsWithTheDefaults() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(stream(out));
    try {
      PrintProductionTopology.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Production, Pro12, Adobe Commerce 2.4.7");
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
