package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a topology against the Pro shape it declares: classic (three nodes running the whole stack) or
 * scaled (three service nodes plus web nodes). PaaS topologies (integration, master) have no Pro shape to
 * check and give no findings.
 */
public final class TopologyConformance {
  private static final List<Rule<Topology>> RULES = List.of(
      new ThreeDataNodes(),
      new ThreeAvailabilityZones(),
      new AllNodesReadWrite(),
      new OneActiveRedis(),
      new GaleraIncrement(),
      new GaleraOffsets(),
      new GlusterfsMounts(),
      new ThreeGateways(),
      new SupportedSearchEngine(),
      new SearchEngineOnEveryNode(),
      new NodeRolesMatchArchitecture(),
      new ScaledWebNodes(),
      new ScaledTier(),
      new NodeRunsItsStack(),
      new NewRelicAgents(),
      new ElasticLoadBalancer());

  private TopologyConformance() {}

  /** Every topology rule, in id order. */
  public static List<Rule<Topology>> rules() {
    return RULES;
  }

  public static List<RuleDescriptor> descriptors() {
    return RULES.stream().map(Rule::descriptor).toList();
  }

  /** Every deviation from the Pro shape, in report order. */
  public static List<Diagnostic> check(Topology topology) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Rule<Topology> rule : RULES) {
      findings.addAll(rule.check(topology));
    }
    return DiagnosticOrder.sorted(findings);
  }
}
