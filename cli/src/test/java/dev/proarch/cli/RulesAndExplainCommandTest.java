package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proarch.core.rule.RuleCatalog;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndExplainCommandTest {

  @Test
  void rulesListsTheWholeCatalogOneLineARule() {
    CommandRun run = CommandRun.of("rules");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    int size = RuleCatalog.load().size();
    assertThat(run.out().lines()).hasSize(size + 1);
    assertThat(run.out()).containsPattern("PRO-INT-003 +warning +Disable cron jobs on integration");
    assertThat(run.out()).contains("PRO-BR-001").contains("PRO-ENV-002").contains("PRO-PRM-004");
  }

  @Test
  void rulesAsJsonHasOneEntryARuleInIdOrder() throws IOException {
    JsonNode json = new ObjectMapper().readTree(CommandRun.of("rules", "--format", "json").out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("rules")).hasSize(RuleCatalog.load().size());
    JsonNode first = json.get("rules").get(0);
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("id", "severity", "summary", "source", "tags", "formerIds", "docAnchor");
  }

  @Test
  void explainPrintsOneRuleInFull() {
    CommandRun run = CommandRun.of("explain", "pro-int-003");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .startsWith("PRO-INT-003 (warning): Disable cron jobs on integration")
        .contains("Rationale:").contains("Source:     seed: Integration environment")
        .contains("Hint:").contains("Tags:       config, environment, integration")
        .contains("Docs:       docs/rules.md#pro-int-003");
  }

  @Test
  void explainAsJsonCarriesRationaleAndHint() throws IOException {
    JsonNode json = new ObjectMapper().readTree(CommandRun.of("explain", "PRO-BR-003", "--format", "json").out());
    assertThat(json.get("id").asText()).isEqualTo("PRO-BR-003");
    assertThat(json.get("requestedId").asText()).isEqualTo("PRO-BR-003");
    assertThat(json.get("rationale").asText()).contains("one additional active environment");
    assertThat(json.get("hint").asText()).isNotBlank();
  }

  @Test
  void aFormerIdResolvesToTheRuleThatCarriesItNow(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/dev.proarch.core.rule.RuleProvider");
    Files.createDirectories(services.getParent());
    Files.writeString(services, RenamedRuleProvider.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
      thread.setContextClassLoader(loader);
      CommandRun run = CommandRun.of("explain", "PRO-TST-001");
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run.out()).startsWith("PRO-TST-001 is now PRO-TST-002.").contains("Former ids: PRO-TST-001");
      JsonNode json = new ObjectMapper().readTree(CommandRun.of("explain", "PRO-TST-001", "--format", "json").out());
      assertThat(json.get("requestedId").asText()).isEqualTo("PRO-TST-001");
      assertThat(json.get("id").asText()).isEqualTo("PRO-TST-002");
    } finally {
      thread.setContextClassLoader(original);
    }
    assertThat(CommandRun.of("explain", "PRO-TST-001").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anUnknownRuleIdExitsTwoWithOneLine() {
    CommandRun run = CommandRun.of("explain", "PRO-XYZ-999");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("proarch: unknown rule id 'PRO-XYZ-999'; 'proarch rules' lists them" + System.lineSeparator());
  }

  @Test
  void aMalformedRuleIdExitsTwo() {
    CommandRun run = CommandRun.of("explain", "cron");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: invalid rule id 'cron'").hasLineCount(1);
  }

  @Test
  void explainWithoutARuleIdIsAUsageErrorNamingTheParameter() {
    CommandRun run = CommandRun.of("explain");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: Missing required parameter: 'RULE-ID'");
  }
}
