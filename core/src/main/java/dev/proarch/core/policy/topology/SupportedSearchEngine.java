package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Node;
import dev.proarch.core.model.SearchEngine;
import dev.proarch.core.model.SearchEngineSupport;
import dev.proarch.core.model.SearchEngines;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** PRO-TOP-009: the search engine on each node is one the Commerce version runs. */
final class SupportedSearchEngine extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-009", Severity.ERROR, "The search engine is one the Commerce version supports")
      .because(
          "Elasticsearch serves 2.2 to 2.4.3-p2 and OpenSearch 2.3.7-p3, 2.4.3-p2, 2.4.4 and later; the"
              + " deploy fails on an engine the version does not support.",
          SEED_STACK + "; docs/decisions.md D-SRCH-1",
          "Run the search engine of your Commerce version, or upgrade Commerce first.",
          RuleTags.SEARCH, RuleTags.VERSION);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    SearchEngineSupport support = SearchEngines.forVersion(topology.commerceVersion());
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.nodes()) {
      for (Service search : node.searchService().stream().toList()) {
        SearchEngine engine = SearchEngine.of(search.kind()).orElseThrow();
        if (support.requiresSearch() && !support.supports(engine)) {
          findings.add(at(node, servicePath(topology, node, search.kind()),
              engine.displayName() + " does not serve Adobe Commerce "
                  + topology.commerceVersion() + ", which runs " + names(support) + ".",
              "actual", engine.label(), "expected", labels(support),
              "commerceVersion", topology.commerceVersion().toString()));
        }
      }
    }
    return findings;
  }

  static String names(SearchEngineSupport support) {
    return support.supported().stream().map(SearchEngine::displayName).collect(Collectors.joining(" or "));
  }

  private static String labels(SearchEngineSupport support) {
    return support.supported().stream().map(SearchEngine::label).collect(Collectors.joining(","));
  }
}
