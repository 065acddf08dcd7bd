package dev.proarch.cli.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ReportPropertiesTest {
  private static final SourceLines SOURCES = file -> List.of("a: 1", "  bb: [x, y]", "\tc: three");

  @Property(tries = 200)
  void shufflingTheFindingsNeverChangesTheReport(
      @ForAll("findings") List<Diagnostic> findings, @ForAll long seed) {
    List<Diagnostic> shuffled = new ArrayList<>(findings);
    Collections.shuffle(shuffled, new Random(seed));
    TextReport text = new TextReport(SOURCES, "dir");
    assertThat(text.render(Report.of(shuffled))).isEqualTo(text.render(Report.of(findings)));
  }

  @Property(tries = 200)
  void aBaselineOfTheFindingsHidesExactlyThem(
      @ForAll("findings") List<Diagnostic> findings, @ForAll("findings") List<Diagnostic> later) throws Exception {
    Baseline baseline = Baseline.parse(json(Baseline.toJson(findings)), RuleCatalog.of(List.of()));
    assertThat(baseline.filter(findings).findings()).isEmpty();
    assertThat(baseline.filter(findings).baselined()).isEqualTo(findings.size());
    List<Diagnostic> both = new ArrayList<>(findings);
    both.addAll(later);
    Report report = baseline.filter(both);
    assertThat(report.findings().size() + report.baselined()).isEqualTo(both.size());
    assertThat(report.baselined()).isEqualTo(findings.size());
  }

  @Property(tries = 200)
  void theFingerprintIgnoresLinesAndColumns(
      @ForAll("findings") @Size(min = 1, max = 1) List<Diagnostic> one,
      @ForAll @IntRange(min = 1, max = 10_000) int line,
      @ForAll @IntRange(min = 1, max = 200) int column) {
    Diagnostic finding = one.get(0);
    Location at = finding.location().orElseThrow();
    Location moved = Location.builder().file(at.file()).path(at.path()).line(line).column(column).build();
    Diagnostic edited = Diagnostic.builder().ruleId(finding.ruleId()).severity(Severity.INFO)
        .message(finding.message()).location(moved).build();
    assertThat(Fingerprint.of(edited)).isEqualTo(Fingerprint.of(finding));
  }

  @Property(tries = 200)
  void theCaretStartsAtTheColumnAndCoversTheSpan(
      @ForAll @Size(max = 40) List<@net.jqwik.api.constraints.CharRange(from = ' ', to = '~') Character> chars,
      @ForAll @IntRange(min = 1, max = 45) int column,
      @ForAll @IntRange(min = 0, max = 10) int width) {
    StringBuilder source = new StringBuilder();
    chars.forEach(source::append);
    String caret = TextReport.caret(source.toString(), column, OptionalInt.of(column + width));
    int start = Math.min(column - 1, source.length());
    assertThat(caret.substring(0, start)).isBlank();
    int carets = caret.length() - start;
    assertThat(caret.substring(start)).matches("\\^+");
    assertThat(carets).isBetween(1, width + 1);
    assertThat(start + carets).isLessThanOrEqualTo(Math.max(source.length(), start + 1));
  }

  @Provide
  Arbitrary<List<Diagnostic>> findings() {
    Arbitrary<String> rule = Arbitraries.of("PRO-CFG-001", "PRO-CFG-012", "PRO-ENV-003", "PRO-BR-001");
    Arbitrary<Severity> severity = Arbitraries.of(Severity.class);
    Arbitrary<String> message = Arbitraries.of("a is wrong", "b is missing", "c is unknown");
    Arbitrary<String> file = Arbitraries.of(".magento.app.yaml", ".magento/services.yaml");
    Arbitrary<String> path = Arbitraries.of("relationships.database", "crons.a", "type");
    Arbitrary<Integer> line = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> column = Arbitraries.integers().between(1, 12);
    return Combinators.combine(rule, severity, message, file, path, line, column)
        .as((r, s, m, f, p, l, c) -> Diagnostic.builder()
            .ruleId(RuleId.of(r)).severity(s).message(m)
            .location(Location.builder().file(f).path(p).line(l).column(c).build())
            .build())
        .list().ofMaxSize(12);
  }

  private static String json(Object value) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
  }
}
