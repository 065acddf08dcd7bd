package dev.proarch.core.model;

import static dev.proarch.core.model.SearchEngine.ELASTICSEARCH;
import static dev.proarch.core.model.SearchEngine.OPENSEARCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.version.CommerceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each boundary of the seed's search-engine statement, read per D-SRCH-1 and D-SRCH-2. */
class SearchEnginesTest {

  @ParameterizedTest(name = "{0}: supported {1}, preferred {2}")
  @CsvSource({
    // D-SRCH-2: no search engine before 2.2
    "2.1.18,      '',                         ''",
    "2.2.0-beta1, ELASTICSEARCH,              ELASTICSEARCH",
    "2.2.0,       ELASTICSEARCH,              ELASTICSEARCH",
    "2.3.7-p2,    ELASTICSEARCH,              ELASTICSEARCH",
    // D-SRCH-1: 2.3.7-p3 and later on the 2.3 line run either
    "2.3.7-p3,    ELASTICSEARCH OPENSEARCH,   OPENSEARCH",
    "2.3.7-p4,    ELASTICSEARCH OPENSEARCH,   OPENSEARCH",
    // a 2.4 pre-release belongs to the 2.4 line, not to the end of 2.3
    "2.4.0-beta1, ELASTICSEARCH,              ELASTICSEARCH",
    "2.4.0,       ELASTICSEARCH,              ELASTICSEARCH",
    "2.4.3-p1,    ELASTICSEARCH,              ELASTICSEARCH",
    // listed under both
    "2.4.3-p2,    ELASTICSEARCH OPENSEARCH,   OPENSEARCH",
    // Elasticsearch ends at 2.4.3-p2; OpenSearch continues
    "2.4.3-p3,    OPENSEARCH,                 OPENSEARCH",
    "2.4.4-beta1, OPENSEARCH,                 OPENSEARCH",
    "2.4.4,       OPENSEARCH,                 OPENSEARCH",
    "2.4.7,       OPENSEARCH,                 OPENSEARCH",
    "2.5.0,       OPENSEARCH,                 OPENSEARCH",
  })
  void searchEngineOfAVersion(String version, String supported, String preferred) {
    SearchEngineSupport support = SearchEngines.forVersion(CommerceVersion.of(version));
    assertThat(support.supported().stream().map(Enum::name).toList())
        .containsExactly(supported.isBlank() ? new String[0] : supported.split(" "));
    assertThat(support.preferred().map(Enum::name).orElse("")).isEqualTo(preferred);
    assertThat(support.requiresSearch()).isEqualTo(!supported.isBlank());
  }

  @ParameterizedTest
  @CsvSource({"2.3.7-p3", "2.4.3-p2"})
  void whereBothAreListedElasticsearchIsStillSupported(String version) {
    SearchEngineSupport support = SearchEngines.forVersion(CommerceVersion.of(version));
    assertThat(support.supports(ELASTICSEARCH)).isTrue();
    assertThat(support.supports(OPENSEARCH)).isTrue();
  }
}
