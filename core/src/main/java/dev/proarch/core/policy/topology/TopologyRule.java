package dev.proarch.core.policy.topology;

import dev.proarch.core.model.Architecture;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.ServiceKind;
import dev.proarch.core.model.Topology;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/**
 * The base of every topology rule: the Pro shape concerns staging and production, so a PaaS topology has
 * nothing to check. Paths index {@link Topology#nodes()} from 0, like {@code nodes[1].services.redis}.
 */
abstract class TopologyRule implements Rule<Topology> {
  static final String SEED_STACK = "seed: Production technology stack";
  static final String SEED_REDUNDANT = "seed: Redundant hardware";
  static final String SCALED_SOURCE = "platform-rules.md 1.4";

  @Override
  public final List<Diagnostic> check(Topology topology) {
    if (topology.architecture() == Architecture.PAAS) {
      return List.of();
    }
    return inspect(topology);
  }

  abstract List<Diagnostic> inspect(Topology topology);

  static DescriptorStart descriptor(String id, Severity severity, String summary) {
    return new DescriptorStart(
        RuleDescriptor.builder().id(RuleId.of(id)).defaultSeverity(severity).summary(summary)
            .addTags(RuleTags.TOPOLOGY));
  }

  /** A tiny wrapper so that each rule reads as one fluent declaration. */
  static final class DescriptorStart {
    private final dev.proarch.core.rule.ImmutableRuleDescriptor.Builder builder;

    DescriptorStart(dev.proarch.core.rule.ImmutableRuleDescriptor.Builder builder) {
      this.builder = builder;
    }

    RuleDescriptor because(String rationale, String source, String hint, String... tags) {
      return builder.rationale(rationale).source(source).hint(hint).addTags(tags).build();
    }
  }

  Diagnostic at(String path, String message, String... details) {
    var diagnostic = descriptor().diagnostic(message).location(Location.ofPath(path));
    for (int i = 0; i + 1 < details.length; i += 2) {
      diagnostic.putDetails(details[i], details[i + 1]);
    }
    return diagnostic.build();
  }

  /** A finding about one node: the node's number goes into the details, never into the message. */
  Diagnostic at(Node node, String path, String message, String... details) {
    String[] all = java.util.Arrays.copyOf(details, details.length + 2);
    all[details.length] = "node";
    all[details.length + 1] = String.valueOf(node.number());
    return at(path, message, all);
  }

  static String nodePath(Topology topology, Node node) {
    return "nodes[" + topology.nodes().indexOf(node) + "]";
  }

  static String servicePath(Topology topology, Node node, ServiceKind kind) {
    return nodePath(topology, node) + ".services." + kind.label();
  }

  /** "node 2" or "service node 2", for messages. */
  static String describe(Node node) {
    return node.role().label() + " node " + node.number();
  }

  static String dataNodesName(Topology topology) {
    return topology.architecture() == Architecture.SCALED ? "service nodes" : "nodes";
  }
}
