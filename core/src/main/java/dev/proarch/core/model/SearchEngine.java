package dev.proarch.core.model;

/** The two search engines of the Pro stack; which one a Commerce version runs is {@link SearchEngines}'s. */
public enum SearchEngine {
  ELASTICSEARCH(ServiceKind.ELASTICSEARCH),
  OPENSEARCH(ServiceKind.OPENSEARCH);

  private final ServiceKind service;

  SearchEngine(ServiceKind service) {
    this.service = service;
  }

  /** The service that runs this engine on a node. */
  public ServiceKind serviceKind() {
    return service;
  }

  public String displayName() {
    return service.displayName();
  }

  public String label() {
    return service.label();
  }

  /** The engine a service kind runs, if it is a search service. */
  public static java.util.Optional<SearchEngine> of(ServiceKind kind) {
    for (SearchEngine engine : values()) {
      if (engine.service == kind) {
        return java.util.Optional.of(engine);
      }
    }
    return java.util.Optional.empty();
  }
}
