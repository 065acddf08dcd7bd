package dev.proarch.core.model;

import dev.proarch.core.version.CommerceVersion;
import java.util.EnumSet;
import java.util.Set;

/**
 * The search engine of a Commerce version, from the seed's stack: "Elasticsearch for 2.2 to 2.4.3-p2;
 * OpenSearch for 2.3.7-p3, 2.4.3-p2, 2.4.4 and later". Each version the seed names for OpenSearch starts a
 * range on its release line, and where both engines are listed the factory installs OpenSearch
 * (docs/decisions.md D-SRCH-1). Before 2.2 there is none (D-SRCH-2). Lines are compared, so that a
 * pre-release such as 2.4.0-beta1 belongs to its own line and not to the end of the one before.
 */
public final class SearchEngines {
  private static final CommerceVersion FIRST_ELASTICSEARCH = CommerceVersion.of("2.2.0");
  private static final CommerceVersion FIRST_OPENSEARCH_ON_2_3 = CommerceVersion.of("2.3.7-p3");
  private static final CommerceVersion BOTH_ON_2_4 = CommerceVersion.of("2.4.3-p2");

  private SearchEngines() {}

  public static SearchEngineSupport forVersion(CommerceVersion version) {
    if (version.major() < 2 || (version.major() == 2 && version.minor() < 2)) {
      return none("D-SRCH-2: the seed names no search engine before 2.2");
    }
    if (version.major() == 2 && version.minor() == 2) {
      return only(SearchEngine.ELASTICSEARCH, "seed: Elasticsearch for 2.2 to 2.4.3-p2");
    }
    if (version.major() == 2 && version.minor() == 3) {
      return version.isAtLeast(FIRST_OPENSEARCH_ON_2_3)
          ? both("D-SRCH-1: 2.3.7-p3 and later on the 2.3 line run Elasticsearch or OpenSearch")
          : only(SearchEngine.ELASTICSEARCH, "seed: Elasticsearch for 2.2 to 2.4.3-p2");
    }
    if (version.major() == 2 && version.minor() == 4) {
      int order = version.compareTo(BOTH_ON_2_4);
      if (order < 0) {
        return only(SearchEngine.ELASTICSEARCH, "seed: Elasticsearch for 2.2 to 2.4.3-p2");
      }
      if (order == 0) {
        return both("D-SRCH-1: the seed lists 2.4.3-p2 under both engines");
      }
    }
    return only(SearchEngine.OPENSEARCH, "D-SRCH-1: OpenSearch for 2.4.3-p2 and later; Elasticsearch ends there");
  }

  /** The first version the seed gives Elasticsearch. */
  public static CommerceVersion firstElasticsearchVersion() {
    return FIRST_ELASTICSEARCH;
  }

  private static SearchEngineSupport none(String basis) {
    return SearchEngineSupport.builder().basis(basis).build();
  }

  private static SearchEngineSupport only(SearchEngine engine, String basis) {
    return SearchEngineSupport.builder().addSupported(engine).preferred(engine).basis(basis).build();
  }

  private static SearchEngineSupport both(String basis) {
    Set<SearchEngine> engines = EnumSet.allOf(SearchEngine.class);
    return SearchEngineSupport.builder()
        .addAllSupported(engines)
        .preferred(SearchEngine.OPENSEARCH)
        .basis(basis)
        .build();
  }
}
