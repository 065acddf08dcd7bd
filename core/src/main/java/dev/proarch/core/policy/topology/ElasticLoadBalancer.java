package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** PRO-TOP-016: an Elastic Load Balancer fronts the cluster. */
final class ElasticLoadBalancer extends TopologyRule {
  static final RuleDescriptor DESCRIPTOR = descriptor(
          "PRO-TOP-016", Severity.ERROR, "An Elastic Load Balancer fronts the cluster")
      .because(
          "The three VMs sit behind an Elastic Load Balancer, with an HAProxy per VM, so that traffic fails"
              + " over when one node goes down.",
          SEED_STACK,
          "Put an Elastic Load Balancer in front of the nodes.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  List<Diagnostic> inspect(Topology topology) {
    if (topology.elasticLoadBalancer()) {
      return List.of();
    }
    return List.of(at("elasticLoadBalancer", "No Elastic Load Balancer fronts the cluster."));
  }
}
