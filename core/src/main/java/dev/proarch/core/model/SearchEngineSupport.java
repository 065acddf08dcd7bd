package dev.proarch.core.model;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Which search engines a Commerce version runs on Pro, and the one the factory installs. Empty for versions
 * before 2.2, which the seed gives no search engine (docs/decisions.md D-SRCH-2).
 */
@Value.Immutable
public abstract class SearchEngineSupport {

  @Value.NaturalOrder
  public abstract SortedSet<SearchEngine> supported();

  /** The engine a new cluster gets: OpenSearch wherever the seed allows it (D-SRCH-1). */
  public abstract Optional<SearchEngine> preferred();

  /** Which decision or seed statement gives this answer, for reports. */
  public abstract String basis();

  public static ImmutableSearchEngineSupport.Builder builder() {
    return ImmutableSearchEngineSupport.builder();
  }

  public boolean supports(SearchEngine engine) {
    return supported().contains(engine);
  }

  /** False before 2.2, where the seed's stack has no search engine. */
  public boolean requiresSearch() {
    return !supported().isEmpty();
  }

  @Value.Check
  protected void check() {
    if (preferred().isPresent() && !supported().contains(preferred().get())) {
      throw new IllegalArgumentException("the preferred search engine must be a supported one");
    }
  }
}
