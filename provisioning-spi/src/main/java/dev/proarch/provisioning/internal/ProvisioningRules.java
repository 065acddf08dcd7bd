package dev.proarch.provisioning.internal;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleProvider;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/**
 * The checks the {@code ProvisioningService} makes before a provider sees a request. Listed in {@code
 * META-INF/services/dev.proarch.core.rule.RuleProvider}, so they appear in the rule catalog with every
 * other rule.
 */
public final class ProvisioningRules implements RuleProvider {

  public static final RuleDescriptor ROLLING_ONE_NODE_AT_A_TIME =
      rule("PRO-PRV-001", "Scale only as a rolling rotation of one node at a time")
          .rationale("The Pro cluster upscales without downtime by rotating each of the three instances in turn;"
              + " taking two nodes out at once leaves one node to carry the whole site.")
          .source("seed: Pro cluster scaling; seed: Redundant hardware")
          .hint("Let the guard plan the rotation, or give a plan whose every step names exactly one node and"
              + " leaves at least two nodes serving.")
          .addTags(RuleTags.SCALING)
          .build();

  // PRO-PRV-002 is retired and never reused: restores are judged by core's RestoreCheck (PRO-PRM-004 and
  // PRO-BAK-006 to 009), which states the integration caveat once for the whole SDK (docs/decisions.md D-PRV-6).

  public static final RuleDescriptor AUTOMATIC_BACKUPS_WHERE_THE_TABLE_HAS_THEM =
      rule("PRO-PRV-003", "Take the kind of backup the environment table gives the environment")
          .rationale("Automatic disaster-recovery backups exist only for environments whose column of the"
              + " capability table says so; on Pro, manual snapshots exist only for the others.")
          .source("seed: environment table (Automatic Backups); platform-rules.md 1.6; docs/decisions.md D-PRV-5")
          .hint("Request an automatic backup where the table provides them, and a manual snapshot elsewhere.")
          .addTags(RuleTags.BACKUP)
          .build();

  public static final RuleDescriptor ACTIVE_ENVIRONMENTS_WITHIN_CAPACITY =
      rule("PRO-PRV-004", "Keep active environments of each type within the capacity of the table")
          .rationale("A Pro project has at most two active integration environments and one of each other"
              + " type; the capability table holds the numbers.")
          .source("seed: Pro architecture (Integration: up to two active branches)")
          .hint("Deactivate an environment of this type before provisioning another.")
          .addTags(RuleTags.ENVIRONMENT, RuleTags.PROVISIONING)
          .build();

  public static final RuleDescriptor TIERS_ONLY_ON_DEDICATED_HARDWARE =
      rule("PRO-PRV-005", "Give a cluster tier to dedicated environments and to no others")
          .rationale("Pro cluster tiers size the three-node dedicated IaaS clusters of staging and production;"
              + " integration and master run in PaaS containers that have no tier.")
          .source("seed: Pro cluster scaling; seed: environment table (Runs on dedicated IaaS hardware)")
          .hint("Set a tier from Pro12 to Pro120 for staging and production, and none for integration or"
              + " master.")
          .addTags(RuleTags.TOPOLOGY, RuleTags.PROVISIONING)
          .build();

  public static final RuleDescriptor SCALED_ARCHITECTURE_FROM_PRO48 =
      rule("PRO-PRV-006", "Use the scaled architecture only from Pro48")
          .rationale("The split-tier architecture of three service nodes plus web nodes is offered from the"
              + " Pro48 cluster upwards.")
          .source("platform-rules.md 1.4")
          .hint("Choose Pro48 or larger, or the classic three unified nodes.")
          .addTags(RuleTags.TOPOLOGY, RuleTags.SCALING)
          .build();

  public static final RuleDescriptor OPERATION_FITS_THE_ENVIRONMENT_STATE =
      rule("PRO-PRV-007", "Run an operation only on an environment in a state that allows it")
          .rationale("Scaling, backups, restores and deactivation need an active environment; deleting needs a"
              + " deactivated one; provisioning needs an unused id.")
          .source("platform-rules.md 2.3; platform-rules.md 1.6 (snapshots need an active environment)")
          .hint("Check the environment's status first: activate it, or deactivate it before deleting.")
          .addTags(RuleTags.ENVIRONMENT, RuleTags.PROVISIONING)
          .build();

  public static final RuleDescriptor PROVIDER_DECLARES_THE_CAPABILITY =
      rule("PRO-PRV-008", "Send a provider only operations it declares")
          .rationale("A provider lists its capabilities; a request outside them would fail half-way or be"
              + " ignored.")
          .source("provisioning-spi/README.md (capabilities)")
          .hint("Use a provider that declares this capability; proarch providers lists them.")
          .addTags(RuleTags.PROVISIONING)
          .build();

  /** Every rule of the guard, in id order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          ROLLING_ONE_NODE_AT_A_TIME,
          AUTOMATIC_BACKUPS_WHERE_THE_TABLE_HAS_THEM,
          ACTIVE_ENVIRONMENTS_WITHIN_CAPACITY,
          TIERS_ONLY_ON_DEDICATED_HARDWARE,
          SCALED_ARCHITECTURE_FROM_PRO48,
          OPERATION_FITS_THE_ENVIRONMENT_STATE,
          PROVIDER_DECLARES_THE_CAPABILITY);

  @Override
  public List<RuleDescriptor> rules() {
    return ALL;
  }

  private static dev.proarch.core.rule.ImmutableRuleDescriptor.Builder rule(String id, String summary) {
    return RuleDescriptor.builder()
        .id(RuleId.of(id))
        .defaultSeverity(Severity.ERROR)
        .summary(summary)
        .addTags(RuleTags.PROVISIONING);
  }
}
