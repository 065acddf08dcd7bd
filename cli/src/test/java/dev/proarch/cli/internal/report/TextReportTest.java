package dev.proarch.cli.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void theCaretSpansToTheInclusiveEndColumn() {
    assertThat(TextReport.caret("  key: value", 3, OptionalInt.of(5))).isEqualTo("  ^^^");
  }

  @Test
  void theCaretKeepsTheSourcesTabsSoThatItLinesUp() {
    assertThat(TextReport.caret("\t\tkey: value", 3, OptionalInt.empty())).isEqualTo("\t\t^");
  }

  @Test
  void aColumnPastTheEndOfTheLinePointsJustAfterIt() {
    assertThat(TextReport.caret("abc", 9, OptionalInt.empty())).isEqualTo("   ^");
  }

  @Test
  void aOneCharacterSpanGetsOneCaret() {
    assertThat(TextReport.caret("abc", 2, OptionalInt.of(2))).isEqualTo(" ^");
  }

  @Test
  void aSpanPastTheEndOfTheLineStopsAtItsLastCharacter() {
    assertThat(TextReport.caret("abc", 2, OptionalInt.of(40))).isEqualTo(" ^^");
  }

  @Test
  void controlCharactersFromUntrustedFilesNeverReachTheTerminal() {
    Diagnostic finding = Diagnostic.builder()
        .ruleId(RuleId.of("PRO-CFG-006"))
        .severity(Severity.ERROR)
        .message("Unknown key '\u001b[31mred'")
        .location(Location.at("a.yaml", 1, 1))
        .build();
    SourceLines sources = file -> List.of("\u001b[31mred: 1\r");
    String text = new TextReport(sources, "").render(Report.of(List.of(finding)));
    assertThat(text).doesNotContain("\u001b").doesNotContain("\r")
        .contains("Unknown key '?[31mred'").contains("?[31mred: 1?\n^\n");
  }

  @Test
  void theDisplayRootPrefixesFilesWithForwardSlashes() {
    assertThat(PathDisplay.join("", "a.yaml")).isEqualTo("a.yaml");
    assertThat(PathDisplay.join(".", "a.yaml")).isEqualTo("a.yaml");
    assertThat(PathDisplay.join("ex\\proj", ".magento/services.yaml")).isEqualTo("ex/proj/.magento/services.yaml");
    assertThat(PathDisplay.join("ex/", "a.yaml")).isEqualTo("ex/a.yaml");
  }

  @Test
  void sarifUrisArePercentEncoded() {
    assertThat(SarifReport.uri("my project/.magento.app.yaml")).isEqualTo("my%20project/.magento.app.yaml");
  }

  @Test
  void sarifRuleNamesArePascalCaseSummaries() {
    assertThat(SarifReport.pascalCase("Never branch from master, staging or production"))
        .isEqualTo("NeverBranchFromMasterStagingOrProduction");
  }
}
