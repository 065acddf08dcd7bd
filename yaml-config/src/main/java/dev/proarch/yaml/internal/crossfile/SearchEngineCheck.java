package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.VersionConstraint;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.FileKind;
import dev.proarch.yaml.model.ProjectConfig;
import dev.proarch.yaml.model.Relationship;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PRO-CFG-112 to PRO-CFG-115: the search engine of the Commerce (PHP) applications against the release,
 * as ece-tools' ElasticSearchIntegrity and OpenSearchIntegrity decide (platform-checks.md 2). A
 * relationship is a search engine by the type of the service it reaches, or by its name when the service
 * is not defined. A project whose app/etc/config.php enables Magento_LiveSearchAdapter needs no search
 * engine, as in ece-tools (D-XF-5).
 */
public final class SearchEngineCheck implements ProjectCheck {
  private static final CommerceVersion FIRST_2_4 = CommerceVersion.of("2.4.0");
  private static final CommerceVersion OPENSEARCH_ON_2_4 = CommerceVersion.of("2.4.3-p2");
  private static final CommerceVersion OPENSEARCH_ONLY = CommerceVersion.of("2.4.4");
  private static final Pattern LIVE_SEARCH_ENABLED =
      Pattern.compile("['\"]Magento_LiveSearchAdapter['\"]\\s*=>\\s*(?:1|true)\\b", Pattern.CASE_INSENSITIVE);
  private static final VersionConstraint OPENSEARCH_ALLOWED = VersionConstraint.of(">=2.3.7-p3 <2.4.0 || >=2.4.3-p2");

  private enum Engine { ELASTICSEARCH, OPENSEARCH }

  private record Found(Engine engine, Relationship relationship) {}

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<ApplicationConfig> apps = new ProjectView(context.config()).commerceApplications();
    if (apps.isEmpty()) {
      return List.of();
    }
    List<Found> engines = engines(context.config(), apps);
    Optional<Found> elasticsearch = first(engines, Engine.ELASTICSEARCH);
    Optional<Found> opensearch = first(engines, Engine.OPENSEARCH);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (elasticsearch.isPresent() && opensearch.isPresent()) {
      diagnostics.add(CrossFileRules.SEARCH_ENGINES_BOTH
          .diagnostic("The application relates to both Elasticsearch ('" + elasticsearch.get().relationship().name()
              + "') and OpenSearch ('" + opensearch.get().relationship().name() + "').")
          .location(opensearch.get().relationship().location())
          .build());
    }
    CommerceTarget target = CommerceTarget.of(context.commerceVersion());
    if (!target.isKnown()) {
      return diagnostics;
    }
    if (!liveSearchEnabled(context)) {
      missing(context.config(), apps.get(0), target, elasticsearch.isPresent(), opensearch.isPresent(), diagnostics);
    }
    if (opensearch.isPresent()) {
      openSearchNotSupported(target, opensearch.get(), diagnostics);
    }
    if (elasticsearch.isPresent()) {
      elasticsearchLate(target, elasticsearch.get(), diagnostics);
    }
    return diagnostics;
  }

  private static Optional<Found> first(List<Found> engines, Engine engine) {
    for (Found found : engines) {
      if (found.engine() == engine) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static void missing(ProjectConfig config, ApplicationConfig app, CommerceTarget target,
      boolean elasticsearch, boolean opensearch, List<Diagnostic> diagnostics) {
    if (elasticsearch || !new ProjectView(config).allParsed(FileKind.APPLICATION)) {
      return;
    }
    // Without Elasticsearch, 2.4.0 and later fail, unless OpenSearch is there and ece-tools accepts it.
    Verdict verdict = opensearch
        ? target.failsBetween(FIRST_2_4, Optional.of(OPENSEARCH_ON_2_4))
        : target.failsFrom(FIRST_2_4);
    if (!verdict.fails()) {
      return;
    }
    String has = opensearch ? "only an OpenSearch relationship, which ece-tools accepts from 2.4.3-p2"
        : "no elasticsearch or opensearch relationship";
    diagnostics.add(CrossFileRules.SEARCH_ENGINE_MISSING
        .diagnostic("The Commerce application has " + has + "; ece-tools needs a search engine for "
            + verdict.scope() + " (deploy error 134/138, unless Live Search is enabled).")
        .location(ProjectView.keyLocation(app, "relationships"))
        .putDetails("failsFor", verdict.failingText())
        .build().withSeverity(verdict.severity(CrossFileRules.SEARCH_ENGINE_MISSING.defaultSeverity())));
  }

  private static void openSearchNotSupported(CommerceTarget target, Found found, List<Diagnostic> diagnostics) {
    Verdict verdict = target.failsOutside(OPENSEARCH_ALLOWED);
    if (!verdict.fails()) {
      return;
    }
    diagnostics.add(CrossFileRules.OPENSEARCH_NOT_SUPPORTED
        .diagnostic("OpenSearch ('" + found.relationship().name() + "') is not supported on " + verdict.scope()
            + "; ece-tools allows it on 2.3.7-p3 to 2.3.x and from 2.4.3-p2 (deploy error 139).")
        .location(found.relationship().location())
        .putDetails("failsFor", verdict.failingText())
        .build().withSeverity(verdict.severity(CrossFileRules.OPENSEARCH_NOT_SUPPORTED.defaultSeverity())));
  }

  private static void elasticsearchLate(CommerceTarget target, Found found, List<Diagnostic> diagnostics) {
    Verdict verdict = target.failsFrom(OPENSEARCH_ONLY);
    if (!verdict.fails()) {
      return;
    }
    diagnostics.add(CrossFileRules.ELASTICSEARCH_AFTER_2_4_4
        .diagnostic("Elasticsearch ('" + found.relationship().name() + "') is no longer supported by Adobe on "
            + verdict.scope() + "; OpenSearch replaces it.")
        .location(found.relationship().location())
        .putDetails("failsFor", verdict.failingText())
        .build().withSeverity(verdict.severity(CrossFileRules.ELASTICSEARCH_AFTER_2_4_4.defaultSeverity())));
  }


  /** True when a Commerce application relates to Elasticsearch or OpenSearch. */
  static boolean hasSearchEngine(ProjectConfig config) {
    return !engines(config, new ProjectView(config).commerceApplications()).isEmpty();
  }

  private static List<Found> engines(ProjectConfig config, List<ApplicationConfig> apps) {
    List<Found> engines = new ArrayList<>();
    for (ApplicationConfig app : apps) {
      for (Relationship relationship : app.relationships()) {
        Optional<Engine> engine = engine(config, relationship);
        if (engine.isPresent()) {
          engines.add(new Found(engine.get(), relationship));
        }
      }
    }
    return engines;
  }

  private static Optional<Engine> engine(ProjectConfig config, Relationship relationship) {
    // The type of the service reached, else the relationship's own name.
    Optional<ServiceConfig> service = relationship.service().isPresent()
        ? config.service(relationship.service().get())
        : Optional.empty();
    Optional<String> type = service.isPresent() ? ProjectView.typeName(service.get()) : Optional.empty();
    String kind = type.isPresent() ? type.get() : relationship.name().trim().toLowerCase(Locale.ROOT);
    if (kind.equals("elasticsearch")) {
      return Optional.of(Engine.ELASTICSEARCH);
    }
    if (kind.equals("opensearch")) {
      return Optional.of(Engine.OPENSEARCH);
    }
    return Optional.empty();
  }

  /** ece-tools' exemption: the module is enabled in the shared configuration (platform-checks.md 2). */
  static boolean liveSearchEnabled(ProjectContext context) {
    Optional<String> configPhp = ProjectView.configPhp(context);
    return configPhp.isPresent() && LIVE_SEARCH_ENABLED.matcher(configPhp.get()).find();
  }
}
