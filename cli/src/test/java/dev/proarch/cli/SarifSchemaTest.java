package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF report against the official OASIS SARIF 2.1.0 schema. */
class SarifSchemaTest {
  private static Schema sarif;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    }
  }

  @Test
  void theReportOfEveryKindOfFindingIsValidSarif() throws Exception {
    String log = ReportGoldenTest.render(OutputFormat.sarif, ReportFixtures.all());
    assertThat(errors(log)).isEmpty();
  }

  @Test
  void theReportOfNoFindingsIsValidSarif() throws Exception {
    assertThat(errors(ReportGoldenTest.render(OutputFormat.sarif, List.of()))).isEmpty();
  }

  @Test
  void theSchemaRejectsALevelSarifDoesNotKnow() throws Exception {
    // Proves the check above can fail: SARIF has "note", not our "info".
    String log = ReportGoldenTest.render(OutputFormat.sarif, ReportFixtures.all())
        .replace("\"level\" : \"note\"", "\"level\" : \"info\"");
    assertThat(errors(log)).isNotEmpty();
  }

  private static List<String> errors(String log) {
    return sarif.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
