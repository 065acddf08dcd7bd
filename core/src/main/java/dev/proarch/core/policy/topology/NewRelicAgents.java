package dev.proarch.core.policy.topology;

import dev.proarch.core.model.NewRelic;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** PRO-TOP-015: the New Relic services the environment includes run on every node. */
final class NewRelicAgents extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-015", Severity.WARNING, "Every node runs the New Relic services its environment includes")
      .because(
          "Staging includes New Relic APM and production APM plus New Relic Infrastructure; a node without"
              + " them is a blind spot in monitoring.",
          "seed: Pro architecture (environment table)",
          "Install the missing New Relic agent on the node.",
          RuleTags.ENVIRONMENT);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    Set<ServiceKind> expected = expected(topology.environment().capabilities().newRelic());
    List<Diagnostic> findings = new ArrayList<>();
    for (Node node : topology.nodes()) {
      for (ServiceKind agent : expected) {
        if (!node.runs(agent)) {
          findings.add(at(node, servicePath(topology, node, agent),
              "The node runs no " + agent.displayName() + ", which "
                  + topology.environment().label() + " includes.",
              "missing", agent.label()));
        }
      }
    }
    return findings;
  }

  private static Set<ServiceKind> expected(NewRelic newRelic) {
    switch (newRelic) {
      case APM:
        return EnumSet.of(ServiceKind.NEW_RELIC_APM);
      case APM_AND_NRI:
        return EnumSet.of(ServiceKind.NEW_RELIC_APM, ServiceKind.NEW_RELIC_INFRASTRUCTURE);
      default:
        return EnumSet.noneOf(ServiceKind.class);
    }
  }
}
