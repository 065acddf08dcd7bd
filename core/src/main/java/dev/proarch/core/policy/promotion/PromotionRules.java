package dev.proarch.core.policy.promotion;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableRuleDescriptor;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.function.Predicate;

/** The promotion rules (PRO-PRM): the direction and reach of every code and data move. */
public final class PromotionRules {

  public static final RuleDescriptor MERGE_UP =
      descriptor("PRO-PRM-001")
          .summary("Merge code up the chain integration, staging, production, master, never down")
          .rationale(
              "A merge moves a child's code into its parent; code reaches a lower environment only by syncing"
                  + " from its parent.")
          .source("seed: Pro environment architecture; seed: Staging environment; platform-rules.md 1.1, 2.4")
          .hint("Sync the lower environment from its parent instead, or merge from the level below.")
          .build();

  public static final RuleDescriptor ONE_LEVEL_AT_A_TIME =
      descriptor("PRO-PRM-002")
          .summary("Promote code one level at a time")
          .rationale(
              "Code goes from integration to staging to production, and a copy of production goes to master;"
                  + " skipping staging skips the near-production test.")
          .source("seed: Staging environment; seed: Production environment; seed: Master environment;"
              + " platform-rules.md 1.2")
          .hint("Merge into the next environment up, test there, then merge again.")
          .build();

  public static final RuleDescriptor SYNC_FROM_PARENT =
      descriptor("PRO-PRM-003")
          .summary("Sync an environment only from its parent")
          .rationale("A sync pulls from the parent into the child; moving code up is a merge.")
          .source("platform-rules.md 2.4")
          .hint("Sync from the environment directly above, or merge to move code up.")
          .build();

  public static final RuleDescriptor NO_DATA_INTO_INTEGRATION =
      descriptor("PRO-PRM-004")
          .summary("Never restore or sync the integration database from staging or production")
          .rationale("The seed states that the integration database cannot be restored from production or staging.")
          .source("seed: Integration environment (caveats)")
          .hint("Seed integration with sample or anonymised data; test against production data on staging.")
          // PRO-BAK-005 (restore requests) and PRO-PRV-002 (the provisioning guard) stated the same caveat
          // before the first release; both were folded into this rule (D-BAK-11, D-PRV-6).
          .addFormerIds(RuleId.of("PRO-BAK-005"), RuleId.of("PRO-PRV-002"))
          .addTags(RuleTags.INTEGRATION)
          .build();

  public static final RuleDescriptor NO_DATA_SYNC_INTO_DEDICATED =
      descriptor("PRO-PRM-005")
          .summary("Move data into staging or production by dump and import, not by sync")
          .rationale("On Pro, staging and production sync code only; their data arrives by database dump and import.")
          .source("platform-rules.md 2.4")
          .hint("Dump the database and import it, through a support ticket where needed.")
          .build();

  private static final List<Rule<Transfer>> RULES =
      List.of(
          rule(MERGE_UP, t -> t.kind() == Transfer.Kind.MERGE && t.levels() <= 0,
              "Merging %s into %s moves code down the chain, or nowhere."),
          rule(ONE_LEVEL_AT_A_TIME, t -> t.kind() == Transfer.Kind.MERGE && t.levels() > 1,
              "Merging %s into %s skips a level of the chain integration, staging, production, master."),
          rule(SYNC_FROM_PARENT, t -> t.kind() != Transfer.Kind.MERGE && t.kind() != Transfer.Kind.RESTORE_DATABASE
                  && !t.fromParent(),
              "%s is not the parent of %s, so %2$s cannot sync from it."),
          rule(NO_DATA_INTO_INTEGRATION, t -> t.kind().movesData() && t.to() == EnvironmentType.INTEGRATION
                  && (t.from() == EnvironmentType.STAGING || t.from() == EnvironmentType.PRODUCTION),
              "Data from %s must not reach the %s database."),
          rule(NO_DATA_SYNC_INTO_DEDICATED, t -> t.kind() == Transfer.Kind.SYNC_DATA && t.to().isDedicated(),
              "Syncing data from %s into %s is not offered; dump and import it."));

  private PromotionRules() {}

  public static List<RuleDescriptor> descriptors() {
    return RULES.stream().map(Rule::descriptor).toList();
  }

  /** Every promotion rule, in id order. */
  public static List<Rule<Transfer>> rules() {
    return RULES;
  }

  private static Rule<Transfer> rule(RuleDescriptor descriptor, Predicate<Transfer> fires, String message) {
    return new Rule<>() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public List<Diagnostic> check(Transfer transfer) {
        if (!fires.test(transfer)) {
          return List.of();
        }
        return List.of(
            descriptor
                .diagnostic(capitalised(String.format(message, transfer.from().label(), transfer.to().label())))
                .location(Location.ofPath(transfer.to().branchName()))
                .putDetails("kind", transfer.kind().label())
                .putDetails("from", transfer.from().label())
                .putDetails("to", transfer.to().label())
                .build());
      }
    };
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static ImmutableRuleDescriptor.Builder descriptor(String id) {
    return RuleDescriptor.builder()
        .id(RuleId.of(id))
        .defaultSeverity(Severity.ERROR)
        .addTags(RuleTags.PROMOTION);
  }
}
