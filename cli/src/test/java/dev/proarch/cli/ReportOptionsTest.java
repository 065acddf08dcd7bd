package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, severity overrides and the baseline, as every diagnostics-producing command applies them. */
class ReportOptionsTest {
  @TempDir Path dir;

  private final ReportOptions options = new ReportOptions();
  private final StringWriter out = new StringWriter();

  @Test
  void noFindingsExitZero() throws Exception {
    assertThat(run(List.of())).isEqualTo(ExitCode.OK);
  }

  @Test
  void anErrorExitsOneAtTheDefaultThreshold() throws Exception {
    assertThat(run(List.of(ReportFixtures.undefinedService()))).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void aWarningExitsZeroAtTheDefaultThresholdAndOneWithFailOnWarning() throws Exception {
    assertThat(run(List.of(ReportFixtures.phpVersion()))).isEqualTo(ExitCode.OK);
    options.failOn = dev.proarch.core.rule.Severity.WARNING;
    assertThat(run(List.of(ReportFixtures.phpVersion()))).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void anInfoFailsOnlyWithFailOnInfo() throws Exception {
    options.failOn = dev.proarch.core.rule.Severity.WARNING;
    assertThat(run(List.of(ReportFixtures.cronOnIntegration()))).isEqualTo(ExitCode.OK);
    options.failOn = dev.proarch.core.rule.Severity.INFO;
    assertThat(run(List.of(ReportFixtures.cronOnIntegration()))).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void aSeverityOverrideRanksTheRuleAndDecidesTheExitCode() throws Exception {
    options.severities = List.of("PRO-CFG-012=warning");
    assertThat(run(List.of(ReportFixtures.undefinedService()))).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("warning PRO-CFG-012")
        .doesNotContain("error PRO-CFG-012")
        .endsWith("0 errors, 1 warning, 0 info\n");
  }

  @Test
  void severityOffDropsTheRulesFindings() throws Exception {
    options.severities = List.of("pro-cfg-012=off");
    assertThat(run(List.of(ReportFixtures.undefinedService(), ReportFixtures.phpVersion())))
        .isEqualTo(ExitCode.OK);
    assertThat(out.toString()).doesNotContain("PRO-CFG-012").contains("PRO-CFG-020");
  }

  @Test
  void aFormerRuleIdOverridesTheRuleThatNowCarriesIt() throws Exception {
    options.severities = List.of("PRO-CFG-900=error");
    assertThat(run(List.of(ReportFixtures.phpVersion()))).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void aLaterOverrideOfTheSameRuleWins() throws Exception {
    options.severities = List.of("PRO-CFG-012=off", "PRO-CFG-012=info");
    run(List.of(ReportFixtures.undefinedService()));
    assertThat(out.toString()).contains("info PRO-CFG-012");
  }

  @Test
  void anUnknownRuleOrLevelIsAUsageError() {
    options.severities = List.of("PRO-CFG-999=off");
    assertThatThrownBy(() -> run(List.of())).isInstanceOf(UsageException.class).hasMessageContaining("PRO-CFG-999");
    options.severities = List.of("PRO-CFG-012=fatal");
    assertThatThrownBy(() -> run(List.of())).isInstanceOf(UsageException.class)
        .hasMessageContaining("error, warning, info or off");
    options.severities = List.of("PRO-CFG-012");
    assertThatThrownBy(() -> run(List.of())).isInstanceOf(UsageException.class)
        .hasMessageContaining("RULE-ID=error|warning|info|off");
  }

  @Test
  void aBaselineOfTheCurrentFindingsHidesThemAll() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    options.writeBaseline = java.util.Optional.of(baseline);
    assertThat(run(ReportFixtures.all())).as("writing a baseline accepts the findings").isEqualTo(ExitCode.OK);

    ReportOptions reading = new ReportOptions();
    reading.baseline = java.util.Optional.of(baseline);
    reading.format = OutputFormat.json;
    StringWriter second = new StringWriter();
    int code = reading.report(ReportFixtures.all(), ReportGoldenTest.PROJECT, ReportGoldenTest.CONTEXT,
        new PrintWriter(second));
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(second.toString()).contains("\"diagnostics\" : [ ]").contains("\"baselined\" : 6");
  }

  @Test
  void aNewFindingAppearsThroughTheBaselineAndMovedOnesStayHidden() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    options.writeBaseline = java.util.Optional.of(baseline);
    run(List.of(ReportFixtures.undefinedService()));

    Diagnostic moved = ReportFixtures.moved(ReportFixtures.undefinedService(), 
        Location.builder().file(".magento.app.yaml").line(40).column(3).path("relationships.database").build());
    ReportOptions reading = new ReportOptions();
    reading.baseline = java.util.Optional.of(baseline);
    StringWriter second = new StringWriter();
    int code = reading.report(List.of(moved, ReportFixtures.tabIndented()), ReportGoldenTest.PROJECT,
        ReportGoldenTest.CONTEXT, new PrintWriter(second));
    assertThat(code).isEqualTo(ExitCode.FINDINGS);
    assertThat(second.toString())
        .contains("relationship 'redis'")
        .doesNotContain("relationship 'database'")
        .endsWith("1 error, 0 warnings, 0 info (1 finding hidden by the baseline)\n");
  }

  @Test
  void aBaselineHidesAsManyEqualFindingsAsItHolds() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    options.writeBaseline = java.util.Optional.of(baseline);
    run(List.of(ReportFixtures.undefinedService()));

    ReportOptions reading = new ReportOptions();
    reading.baseline = java.util.Optional.of(baseline);
    List<Diagnostic> twice = new ArrayList<>(List.of(ReportFixtures.undefinedService()));
    twice.add(ReportFixtures.moved(ReportFixtures.undefinedService(), 
        Location.builder().file(".magento.app.yaml").line(9).path("relationships.database").build()));
    StringWriter second = new StringWriter();
    reading.report(twice, ReportGoldenTest.PROJECT, ReportGoldenTest.CONTEXT, new PrintWriter(second));
    assertThat(second.toString()).endsWith("1 error, 0 warnings, 0 info (1 finding hidden by the baseline)\n");
  }

  @Test
  void aMissingOrMalformedBaselineIsAUsageError() throws Exception {
    options.baseline = java.util.Optional.of(dir.resolve("missing.json"));
    assertThatThrownBy(() -> run(List.of())).isInstanceOf(UsageException.class).hasMessageContaining("does not exist");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"findings\": 3}");
    options.baseline = java.util.Optional.of(broken);
    assertThatThrownBy(() -> run(List.of())).isInstanceOf(UsageException.class)
        .hasMessageContaining("is not a proarch baseline");
    Files.writeString(broken, "not json");
    assertThatThrownBy(() -> run(List.of())).isInstanceOf(UsageException.class)
        .hasMessageContaining("is not a proarch baseline");
  }

  @Test
  void theBaselineFileIsStableAcrossLineChanges() throws Exception {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    options.writeBaseline = java.util.Optional.of(first);
    run(List.of(ReportFixtures.undefinedService(), ReportFixtures.phpVersion()));
    options.writeBaseline = java.util.Optional.of(second);
    Diagnostic moved = ReportFixtures.moved(ReportFixtures.phpVersion(), 
        Location.builder().file(".magento.app.yaml").line(30).column(1).path("type").build());
    run(List.of(moved, ReportFixtures.undefinedService()));
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }

  @Test
  void theBaselineFileFormat() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    options.writeBaseline = java.util.Optional.of(baseline);
    run(ReportFixtures.all());
    Golden.assertMatches("report/baseline.json", Files.readString(baseline));
  }

  private int run(List<Diagnostic> findings) throws UsageException {
    return options.report(findings, ReportGoldenTest.PROJECT, ReportGoldenTest.CONTEXT, new PrintWriter(out));
  }
}
