package dev.proarch.core.policy.scaling;

import dev.proarch.core.rule.ImmutableRuleDescriptor;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** The descriptors of the scaling rules (PRO-SCL-xxx), in id order. */
public final class ScalingRules {
  private static final String ROTATION_SOURCE = "seed: Pro cluster scaling";
  private static final String UPSIZE_SOURCE = "platform-rules.md 1.5 (temporary upsize)";

  public static final RuleDescriptor QUORUM_KEPT =
      rule("PRO-SCL-001", "Keep at least two of the three nodes serving at every step of a vertical scale")
          .rationale(
              "All three nodes accept reads and writes and Galera needs two of three for quorum; upscaling"
                  + " without downtime rotates one instance at a time.")
          .source(ROTATION_SOURCE)
          .hint("Take one node down at a time and let the other two serve.")
          .build();

  public static final RuleDescriptor RESIZED_ONCE =
      rule("PRO-SCL-002", "Resize each node once in a vertical scale")
          .rationale(
              "A vertical change is one rolling rotation; taking a node down twice doubles the time the"
                  + " cluster runs on two nodes.")
          .source(ROTATION_SOURCE)
          .hint("Resize each node straight to the target tier in a single step.")
          .build();

  public static final RuleDescriptor EVERY_NODE_RESIZED =
      rule("PRO-SCL-003", "Resize every node in a vertical scale")
          .rationale("The rotation covers each of the three instances; a node left out keeps the old size.")
          .source(ROTATION_SOURCE)
          .hint("Add a step that takes the missing node down and resizes it.")
          .build();

  public static final RuleDescriptor ENDS_AT_TARGET =
      rule("PRO-SCL-004", "End a vertical scale with every node at the target tier")
          .rationale("The three nodes of a Pro cluster have one size; the plan must reach the tier it names.")
          .source(ROTATION_SOURCE)
          .hint("Resize each node to the target tier.")
          .build();

  public static final RuleDescriptor WELL_FORMED_STEP =
      rule("PRO-SCL-005", "Name nodes 1 to 3 in a scale step, each either down or serving, with every size")
          .rationale(
              "A Pro cluster has exactly three nodes; a node cannot serve while it is down, and a step"
                  + " that omits a node's size leaves the plan unreadable.")
          .source("seed: Redundant hardware")
          .hint("Use nodes 1, 2 and 3, list a down node only as down, and give all three sizes.")
          .build();

  public static final RuleDescriptor RESIZED_ONLY_WHEN_DOWN =
      rule("PRO-SCL-006", "Change the size of a node only in the step that takes it down")
          .rationale("Resizing an instance replaces it; a node resized while counted as serving is not serving.")
          .source(ROTATION_SOURCE)
          .hint("Mark the node as down in the step that resizes it.")
          .build();

  public static final RuleDescriptor UPSIZE_NOTICE =
      rule("PRO-SCL-007", "Request a temporary upsize at least 48 business hours before it starts")
          .rationale(
              "Adobe asks for 48 business hours of notice for non-emergency temporary upsizes; business"
                  + " hours are Monday to Friday, 24 hours a day, UTC (docs/decisions.md D-SCL-4).")
          .source(UPSIZE_SOURCE)
          .hint("Move the start of the window later or raise the request earlier; emergencies go to support.")
          .build();

  public static final RuleDescriptor UPSIZE_RETURNS_TO_CONTRACT =
      rule("PRO-SCL-008", "End a temporary upsize back at the contracted tier")
          .rationale("A temporary upsize is a window; the cluster returns to the size of the contract afterwards.")
          .source(UPSIZE_SOURCE)
          .hint("Set the tier after the window to the contracted tier.")
          .build();

  public static final RuleDescriptor UPSIZE_IS_LARGER =
      rule("PRO-SCL-009", "Make a temporary upsize larger than the contracted tier")
          .rationale("A temporary upsize adds capacity for an event; a tier at or below the contract is no upsize.")
          .source(UPSIZE_SOURCE)
          .hint("Choose a larger tier, or drop the request.")
          .build();

  public static final RuleDescriptor UPSIZE_WINDOW_ORDERED =
      rule("PRO-SCL-010", "End a temporary upsize window after it starts")
          .rationale("A window that ends before it starts cannot be scheduled.")
          .source(UPSIZE_SOURCE)
          .hint("Swap or correct the start and end of the window.")
          .build();

  public static final List<RuleDescriptor> ALL =
      List.of(
          QUORUM_KEPT,
          RESIZED_ONCE,
          EVERY_NODE_RESIZED,
          ENDS_AT_TARGET,
          WELL_FORMED_STEP,
          RESIZED_ONLY_WHEN_DOWN,
          UPSIZE_NOTICE,
          UPSIZE_RETURNS_TO_CONTRACT,
          UPSIZE_IS_LARGER,
          UPSIZE_WINDOW_ORDERED);

  private ScalingRules() {}

  private static ImmutableRuleDescriptor.Builder rule(String id, String summary) {
    return RuleDescriptor.builder()
        .id(RuleId.of(id))
        .defaultSeverity(Severity.ERROR)
        .summary(summary)
        .addTags(RuleTags.SCALING);
  }
}
