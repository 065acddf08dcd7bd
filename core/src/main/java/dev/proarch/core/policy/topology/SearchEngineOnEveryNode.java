package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Node;
import dev.proarch.core.model.SearchEngineSupport;
import dev.proarch.core.model.SearchEngines;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** PRO-TOP-010: a search engine on every node, from Commerce 2.2. */
final class SearchEngineOnEveryNode extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-010", Severity.ERROR, "Every node runs a search engine from Commerce 2.2")
      .because(
          "Each VM of the Pro stack runs the search engine of the Commerce version; before 2.2 the stack"
              + " has none.",
          SEED_STACK + "; docs/decisions.md D-SRCH-2",
          "Run the search engine of your Commerce version on every node (service node when scaled).",
          RuleTags.SEARCH, RuleTags.VERSION);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    SearchEngineSupport support = SearchEngines.forVersion(topology.commerceVersion());
    if (!support.requiresSearch()) {
      return List.of();
    }
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.dataNodes()) {
      if (node.searchService().isEmpty()) {
        findings.add(at(node, nodePath(topology, node) + ".services.search",
            "The node runs no search engine; Adobe Commerce " + topology.commerceVersion()
                + " runs " + SupportedSearchEngine.names(support) + ".",
            "commerceVersion", topology.commerceVersion().toString()));
      }
    }
    return findings;
  }
}
