package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the JSON and SARIF reports over arbitrary findings, with and without every optional part. */
class ReportFormatPropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> KEYS = Set.of(
      "ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "path", "hint",
      "details", "fingerprint");
  private static Schema sarif;

  @Property(tries = 100)
  void everySarifReportIsValidAgainstTheOfficialSchema(@ForAll("findings") List<Diagnostic> findings)
      throws Exception {
    String log = ReportGoldenTest.render(OutputFormat.sarif, findings);
    assertThat(schema().validate(log, InputFormat.JSON)).isEmpty();
    JsonNode results = MAPPER.readTree(log).path("runs").get(0).path("results");
    for (JsonNode result : results) {
      assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation")
          .path("uri").asText()).as("code scanning needs a file for every result").isNotEmpty();
    }
  }

  @Property(tries = 100)
  void everyJsonFindingHasEveryKeyAndTheSummaryCountsThem(@ForAll("findings") List<Diagnostic> findings)
      throws Exception {
    JsonNode root = MAPPER.readTree(ReportGoldenTest.render(OutputFormat.json, findings));
    for (JsonNode diagnostic : root.path("diagnostics")) {
      Set<String> keys = new TreeSet<>();
      diagnostic.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).isEqualTo(new TreeSet<>(KEYS));
    }
    JsonNode summary = root.path("summary");
    assertThat(summary.path("total").asInt()).isEqualTo(findings.size());
    assertThat(summary.path("errors").asInt() + summary.path("warnings").asInt() + summary.path("infos").asInt())
        .isEqualTo(findings.size());
  }

  @Provide
  Arbitrary<List<Diagnostic>> findings() {
    Arbitrary<String> rule = Arbitraries.of("PRO-CFG-012", "PRO-CFG-020", "PRO-ENV-003", "PRO-CFG-031", "PRO-BR-001");
    Arbitrary<Severity> severity = Arbitraries.of(Severity.class);
    Arbitrary<String> message = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)
        .filter(text -> !text.isBlank());
    Arbitrary<Optional<Location>> location = location().optional(0.8);
    Arbitrary<Optional<String>> hint = Arbitraries.of("fix it", "look here").optional(0.5);
    return Combinators.combine(rule, severity, message, location, hint)
        .as((r, s, m, l, h) -> Diagnostic.builder()
            .ruleId(RuleId.of(r)).severity(s).message(m).location(l).hint(h)
            .putDetails("key", m)
            .build())
        .list().ofMaxSize(8);
  }

  private Arbitrary<Location> location() {
    Arbitrary<Optional<String>> file =
        Arbitraries.of(".magento.app.yaml", ".magento/services.yaml", "app dir/.magento.app.yaml").optional(0.7);
    Arbitrary<Optional<String>> path = Arbitraries.of("relationships.database", "crons.a", "refs/heads/x").optional(0.6);
    Arbitrary<Integer> line = Arbitraries.integers().between(0, 40);
    Arbitrary<Integer> column = Arbitraries.integers().between(0, 30);
    Arbitrary<Integer> span = Arbitraries.integers().between(-1, 10);
    return Combinators.combine(file, path, line, column, span).as((f, p, l, c, w) -> {
      var builder = Location.builder().file(f).path(p);
      // 0 means "absent"; a span needs a line and column, and -1 means "no end".
      if (l > 0) {
        builder.line(l);
        if (c > 0) {
          builder.column(c);
          if (w >= 0) {
            builder.endLine(l).endColumn(c + w);
          }
        }
      }
      return builder.build();
    });
  }

  private static synchronized Schema schema() {
    if (sarif == null) {
      try (InputStream in = ReportFormatPropertiesTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
        sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sarif;
  }
}
