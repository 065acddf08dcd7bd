package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.version.CompatibilityCheck.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityMatrixTest {
  private static final CompatibilityMatrix MATRIX = CompatibilityMatrix.bundled();

  private static Outcome check(String service, String commerce, String version) {
    return MATRIX
        .check(service, CommerceVersion.of(commerce), ServiceVersion.of(version))
        .outcome();
  }

  @Test
  void everyLineOfTheBundledFileBecomesARowWithBothConstraints() throws IOException {
    List<String> dataLines;
    try (InputStream in = CompatibilityMatrix.class.getResourceAsStream("service-compat.tsv")) {
      dataLines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .skip(1)
              .filter(line -> !line.isBlank())
              .toList();
    }
    assertThat(dataLines).hasSize(66);
    assertThat(MATRIX.rows()).hasSize(dataLines.size());
    for (int i = 0; i < dataLines.size(); i++) {
      String[] fields = dataLines.get(i).split("\t", -1);
      CompatibilityRow row = MATRIX.rows().get(i);
      assertThat(row.service()).isEqualTo(fields[0]);
      assertThat(row.commerceConstraint()).hasToString(fields[1].trim());
      assertThat(row.serviceConstraint()).hasToString(fields[2].trim());
      assertThat(VersionConstraint.isValid(fields[1])).isTrue();
      assertThat(VersionConstraint.isValid(fields[2])).isTrue();
      // The bundled rows are read on first use; they must mean what an eager parse means.
      assertThat(row.commerceConstraint().normalized()).isEqualTo(VersionConstraint.of(fields[1]).normalized());
      assertThat(row.serviceConstraint().normalized()).isEqualTo(VersionConstraint.of(fields[2]).normalized());
      assertThat(row.line()).isEqualTo(i + 2);
    }
  }

  @Test
  void listsTheFifteenServiceKeysInFileOrder() {
    assertThat(MATRIX.services())
        .containsExactly(
            "php", "mariadb", "mysql", "aurora", "nginx", "varnish", "redis", "redis-session",
            "valkey", "valkey-session", "elasticsearch", "opensearch", "activemq", "rabbitmq", "node");
  }

  @Test
  void theFirstCoveringRowDecides() {
    // ">=2.3.3 <2.3.7-p4" stops just before 2.3.7-p4, so ">=2.4.0 <2.4.4 || ~2.3.7-p4" decides.
    assertThat(MATRIX.rowFor("php", CommerceVersion.of("2.3.7-p4")).orElseThrow().serviceConstraint())
        .hasToString(">=7.3 <7.5");
    assertThat(MATRIX.rowFor("php", CommerceVersion.of("2.3.7-p3")).orElseThrow().serviceConstraint())
        .hasToString(">=7.1 <7.4");
    // OpenSearch 2.4.5-p6 matches both the first and the second row; the first wins.
    assertThat(MATRIX.rowFor("opensearch", CommerceVersion.of("2.4.5-p6")).orElseThrow().line())
        .isEqualTo(MATRIX.rowsFor("opensearch").get(0).line());
    assertThat(check("opensearch", "2.4.5-p6", "1.2")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("opensearch", "2.4.5-p6", "1.3")).isEqualTo(Outcome.INCOMPATIBLE);
  }

  @Test
  void redisRowEndsAtTwoFourEightExactly() {
    assertThat(check("redis", "2.4.8", "7.2")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("redis", "2.4.8-p1", "7.2")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("redis-session", "2.4.9-beta1", "7.2")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("redis", "2.4.7-p3", "7.4")).isEqualTo(Outcome.INCOMPATIBLE);
  }

  @Test
  void auroraLeavesTwoThreeZeroUncovered() {
    assertThat(MATRIX.rowFor("aurora", CommerceVersion.of("2.3.0"))).isEmpty();
    assertThat(check("aurora", "2.3.0", "2.0")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("aurora", "2.2.11", "1.0")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("aurora", "2.3.0-p1", "2.0")).isEqualTo(Outcome.COMPATIBLE);
  }

  @Test
  void openSearchLeavesTwoFourFourPatchSevenUncovered() {
    assertThat(check("opensearch", "2.4.4-p6", "1.2")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("opensearch", "2.4.4-p7", "1.2")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("opensearch", "2.4.4-p8", "1.3")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("opensearch", "2.4.8-p2", "2")).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(check("opensearch", "2.4.8-p2", "3")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("opensearch", "2.4.9-alpha1", "3")).isEqualTo(Outcome.COMPATIBLE);
  }

  @Test
  void valkeyRowsWithoutGreaterOrEqualMatchOnlyTheirExactRelease() {
    assertThat(check("valkey", "2.4.5-p13", "8.0")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("valkey", "2.4.5-p14", "8.0")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("valkey", "2.4.6-p11", "8.0")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("valkey", "2.4.6-p12", "8.0")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("valkey-session", "2.4.7-p6", "8.0")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("valkey-session", "2.4.7-p7", "8.0")).isEqualTo(Outcome.NO_ROW);
    // The >=2.4.8 cell has a leading space in the file; it still reads.
    assertThat(check("valkey", "2.4.8-p3", "8.0")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("valkey", "2.4.8", "8.1")).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(check("valkey", "2.4.9-alpha3", "9.0")).isEqualTo(Outcome.INCOMPATIBLE);
  }

  @Test
  void activeMqIsCoveredOnlyFromTheFirstPatchOfEachLineThatShipsIt() {
    assertThat(check("activemq", "2.4.6-p12", "2.42")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("activemq", "2.4.6-p13", "2.42")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("activemq", "2.4.7", "2.42")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("activemq", "2.4.7-p8", "2.42")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("activemq", "2.4.8-p2", "2.42")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("activemq", "2.4.8-p3", "2.42")).isEqualTo(Outcome.COMPATIBLE);
    // <2.4.9 ends before 2.4.9-alpha1, and >=2.4.9-alpha3 starts after alpha2.
    assertThat(check("activemq", "2.4.9-alpha2", "2.42")).isEqualTo(Outcome.NO_ROW);
    assertThat(check("activemq", "2.4.9-alpha3", "2.42")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("activemq", "2.4.9-beta1", "3.0")).isEqualTo(Outcome.INCOMPATIBLE);
  }

  @Test
  void mariaDbExactCellsAllowOnlyTheirMajorMinor() {
    assertThat(check("mariadb", "2.4.7-p6", "10.11")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("mariadb", "2.4.7-p6", "10.6")).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(check("mariadb", "2.4.8", "11.4")).isEqualTo(Outcome.COMPATIBLE);
    assertThat(check("mariadb", "2.4.9-beta1", "11.8")).isEqualTo(Outcome.INCOMPATIBLE);
  }

  @Test
  void anIncompatibleAnswerCarriesTheExpectedConstraint() {
    CompatibilityCheck result =
        MATRIX.check("elasticsearch", CommerceVersion.of("2.4.4"), ServiceVersion.of("7.17"));
    assertThat(result.outcome()).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(result.expected()).map(Object::toString).hasValue("~7.10.0");
    assertThat(result.row().orElseThrow().line()).isGreaterThan(1);
  }

  @Test
  void checksEveryKnownReleaseAComposerRequirementAllows() {
    List<CompatibilityCheck> checks =
        MATRIX.checkReleases("redis", VersionConstraint.of(">=2.4.8 <2.4.9"), ServiceVersion.of("7.2"));
    assertThat(checks)
        .extracting(check -> check.commerceVersion().toString())
        .containsExactly("2.4.8", "2.4.8-p1", "2.4.8-p2", "2.4.8-p3", "2.4.8-p4");
    assertThat(checks)
        .extracting(CompatibilityCheck::outcome)
        .containsExactly(Outcome.COMPATIBLE, Outcome.NO_ROW, Outcome.NO_ROW, Outcome.NO_ROW, Outcome.NO_ROW);
    assertThat(MATRIX.checkReleases("redis", VersionConstraint.of("2.5.*"), ServiceVersion.of("7.2")))
        .isEmpty();
  }

  @Test
  void servicesYamlTypeNamesMapToMatrixKeys() {
    assertThat(CompatibilityMatrix.keyForType("mysql")).isEqualTo("mariadb");
    assertThat(CompatibilityMatrix.keyForType("activemq-artemis")).isEqualTo("activemq");
    assertThat(CompatibilityMatrix.keyForType("OpenSearch")).isEqualTo("opensearch");
    assertThat(MATRIX.knows(CompatibilityMatrix.keyForType("mysql"))).isTrue();
    assertThat(MATRIX.knows(CompatibilityMatrix.keyForType("activemq-artemis"))).isTrue();
  }

  @Test
  void aServiceWithoutRowsIsUnknown() {
    CompatibilityCheck result =
        MATRIX.check("solr", CommerceVersion.of("2.1.0"), ServiceVersion.of("4.10"));
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_SERVICE);
    assertThat(result.expected()).isEmpty();
  }

  @Test
  void parsesANewerTableAndNamesTheLineThatDoesNotRead() throws InvalidValueException {
    CompatibilityMatrix newer =
        CompatibilityMatrix.parse("service\tmagento\tversion\n# newer\nvalkey\t>=2.4.9\t~9.0.0\n");
    assertThat(newer.check("valkey", CommerceVersion.of("2.4.9-beta1"), ServiceVersion.of("9.0")).outcome())
        .isEqualTo(Outcome.COMPATIBLE);
    assertThatThrownBy(() -> CompatibilityMatrix.parse("service\ta\tb\nphp\t>=2.4.8\t~8.3\nredis\t<=2.4.x\t~7.2.0\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("<=2.4.x");
    assertThatThrownBy(() -> CompatibilityMatrix.parse("php\t>=2.4.8\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("three tab-separated fields");
  }
}
