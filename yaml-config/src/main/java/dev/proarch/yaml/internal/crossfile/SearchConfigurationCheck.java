package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.EnvConfig;
import dev.proarch.yaml.model.EnvVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PRO-CFG-116 and PRO-CFG-117: the engine SEARCH_CONFIGURATION selects in .magento.env.yaml against the
 * release and the search service, as ece-tools' SearchConfiguration (135) and ElasticSearchUsage (2010)
 * decide. Only an explicit {@code engine} string is judged; a merge without engine keeps the generated one.
 */
public final class SearchConfigurationCheck implements ProjectCheck {
  private static final String VARIABLE = "SEARCH_CONFIGURATION";
  private static final CommerceVersion FIRST_2_4 = CommerceVersion.of("2.4.0");

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    Optional<EnvConfig> env = context.config().environment();
    if (env.isEmpty()) {
      return List.of();
    }
    List<ConfigNode> engines = engines(env.get());
    if (engines.isEmpty()) {
      return List.of();
    }
    // Only a project that chooses an engine pays for its search services and its releases in scope.
    boolean searchService = SearchEngineCheck.hasSearchEngine(context.config());
    CommerceTarget target = CommerceTarget.of(context.commerceVersion());
    List<Diagnostic> found = new ArrayList<>();
    for (ConfigNode engine : engines) {
      String name = engine.asText().get().trim().toLowerCase(Locale.ROOT);
      if (name.equals("mysql")) {
        Verdict verdict = target.failsFrom(FIRST_2_4);
        if (verdict.fails()) {
          found.add(CrossFileRules.SEARCH_ENGINE_MYSQL
              .diagnostic("SEARCH_CONFIGURATION selects the mysql engine, which Commerce removed in 2.4.0; the"
                  + " deploy fails on " + verdict.scope() + " (ece-tools error 135).")
              .location(engine.location())
              .putDetails("failsFor", verdict.failingText())
              .build()
              .withSeverity(verdict.severity(CrossFileRules.SEARCH_ENGINE_MYSQL.defaultSeverity())));
        }
      }
      if (searchService && !isSearchFamily(name)) {
        found.add(CrossFileRules.SEARCH_ENGINE_UNUSED
            .diagnostic("SEARCH_CONFIGURATION selects the engine '" + name + "', although the application"
                + " relates to a search service that then goes unused (ece-tools warning 2010).")
            .location(engine.location())
            .putDetails("engine", name)
            .build());
      }
    }
    return found;
  }

  /** The {@code engine} values of SEARCH_CONFIGURATION variables that name one as text. */
  private static List<ConfigNode> engines(EnvConfig env) {
    List<ConfigNode> engines = new ArrayList<>();
    for (EnvVariable variable : env.variables()) {
      if (variable.name().equals(VARIABLE) && variable.value() instanceof ConfigMapping configuration) {
        Optional<ConfigNode> engine = configuration.get("engine");
        if (engine.isPresent() && engine.get().asText().isPresent()) {
          engines.add(engine.get());
        }
      }
    }
    return engines;
  }

  /** ece-tools' SearchEngine::isESFamily: elasticsearch*, elasticsuite and opensearch. */
  static boolean isSearchFamily(String engine) {
    return engine.startsWith("elasticsearch") || engine.equals("elasticsuite") || engine.equals("opensearch");
  }
}
