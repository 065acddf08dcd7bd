package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.VersionConstraint;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.FileKind;
import dev.proarch.yaml.model.ProjectConfig;
import dev.proarch.yaml.model.Relationship;
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
    Optional<Found> elasticsearch = engines.stream().filter(found -> found.engine() == Engine.ELASTICSEARCH).findFirst();
    Optional<Found> opensearch = engines.stream().filter(found -> found.engine() == Engine.OPENSEARCH).findFirst();
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
      missing(context.config(), apps.get(0), target, elasticsearch.isPresent(), opensearch.isPresent())
          .ifPresent(diagnostics::add);
    }
    opensearch.ifPresent(found -> openSearchNotSupported(target, found).ifPresent(diagnostics::add));
    elasticsearch.ifPresent(found -> elasticsearchLate(target, found).ifPresent(diagnostics::add));
    return diagnostics;
  }

  private static Optional<Diagnostic> missing(
      ProjectConfig config, ApplicationConfig app, CommerceTarget target, boolean elasticsearch, boolean opensearch) {
    if (!new ProjectView(config).allParsed(FileKind.APPLICATION)) {
      return Optional.empty();
    }
    Verdict verdict = target.evaluate(release -> release.isAtLeast(FIRST_2_4)
        && !elasticsearch && !(opensearch && release.isAtLeast(OPENSEARCH_ON_2_4)));
    if (!verdict.fails()) {
      return Optional.empty();
    }
    String has = opensearch ? "only an OpenSearch relationship, which ece-tools accepts from 2.4.3-p2"
        : "no elasticsearch or opensearch relationship";
    return Optional.of(CrossFileRules.SEARCH_ENGINE_MISSING
        .diagnostic("The Commerce application has " + has + "; ece-tools needs a search engine for "
            + verdict.scope() + " (deploy error 134/138, unless Live Search is enabled).")
        .location(relationshipsLocation(app))
        .putDetails("failsFor", verdict.failingText())
        .build().withSeverity(verdict.severity(CrossFileRules.SEARCH_ENGINE_MISSING.defaultSeverity())));
  }

  private static Optional<Diagnostic> openSearchNotSupported(CommerceTarget target, Found found) {
    Verdict verdict = target.evaluate(release -> !OPENSEARCH_ALLOWED.allows(release));
    if (!verdict.fails()) {
      return Optional.empty();
    }
    return Optional.of(CrossFileRules.OPENSEARCH_NOT_SUPPORTED
        .diagnostic("OpenSearch ('" + found.relationship().name() + "') is not supported on " + verdict.scope()
            + "; ece-tools allows it on 2.3.7-p3 to 2.3.x and from 2.4.3-p2 (deploy error 139).")
        .location(found.relationship().location())
        .putDetails("failsFor", verdict.failingText())
        .build().withSeverity(verdict.severity(CrossFileRules.OPENSEARCH_NOT_SUPPORTED.defaultSeverity())));
  }

  private static Optional<Diagnostic> elasticsearchLate(CommerceTarget target, Found found) {
    Verdict verdict = target.evaluate(release -> release.isAtLeast(OPENSEARCH_ONLY));
    if (!verdict.fails()) {
      return Optional.empty();
    }
    return Optional.of(CrossFileRules.ELASTICSEARCH_AFTER_2_4_4
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
        engine(config, relationship).ifPresent(engine -> engines.add(new Found(engine, relationship)));
      }
    }
    return engines;
  }

  private static Optional<Engine> engine(ProjectConfig config, Relationship relationship) {
    Optional<String> kind = relationship.service()
        .flatMap(config::service)
        .flatMap(service -> service.typeName())
        .or(() -> Optional.of(relationship.name()))
        .map(name -> name.trim().toLowerCase(Locale.ROOT));
    if (kind.get().equals("elasticsearch")) {
      return Optional.of(Engine.ELASTICSEARCH);
    }
    if (kind.get().equals("opensearch")) {
      return Optional.of(Engine.OPENSEARCH);
    }
    return Optional.empty();
  }

  /** ece-tools' exemption: the module is enabled in the shared configuration (platform-checks.md 2). */
  static boolean liveSearchEnabled(ProjectContext context) {
    return ProjectView.configPhp(context).map(text -> LIVE_SEARCH_ENABLED.matcher(text).find()).orElse(false);
  }

  private static Location relationshipsLocation(ApplicationConfig app) {
    return app.root().entry("relationships").map(entry -> entry.key().location()).orElse(app.nameLocation());
  }
}
