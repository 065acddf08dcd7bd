package dev.proarch.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.version.CommerceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of service-compat.tsv at their edges, read as the newest line the deploy tool accepts (D-TOP-4). */
class StackVersionsTest {

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "PHP_FPM,       2.3.7-p3,  7.3",
    "PHP_FPM,       2.3.7-p4,  7.4",
    "PHP_FPM,       2.4.6-p5,  8.2",
    "PHP_FPM,       2.4.8,     8.4",
    "PHP_FPM,       2.4.9-beta1, 8.5",
    "MARIADB,       2.4.5-p7,  10.4",
    "MARIADB,       2.4.6-p11, 10.11",
    "MARIADB,       2.4.7-p5,  10.6",
    "MARIADB,       2.4.7-p6,  10.11",
    "MARIADB,       2.4.8,     11.4",
    "REDIS,         2.4.8,     7.2",
    "REDIS,         2.4.8-p1,  ''",
    "ELASTICSEARCH, 2.3.0,     5.2",
    "ELASTICSEARCH, 2.4.2,     7.9",
    "OPENSEARCH,    2.4.3-p2,  1.2",
    "OPENSEARCH,    2.4.4-p7,  ''",
    "OPENSEARCH,    2.4.5-p6,  1.2",
    "OPENSEARCH,    2.4.5-p12, 2",
    "OPENSEARCH,    2.4.8-p2,  3",
    "FASTLY,        2.4.7,     ''",
  })
  void versionLineOfAServiceForACommerceVersion(ServiceKind kind, String commerce, String expected) {
    assertThat(StackVersions.of(kind, CommerceVersion.of(commerce)).orElse("")).isEqualTo(expected);
  }
}
