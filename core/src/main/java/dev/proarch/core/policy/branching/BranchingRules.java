package dev.proarch.core.policy.branching;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableRuleDescriptor;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.function.Function;

/** The branching rules (PRO-BR): where branches come from, how many are active, names and life cycle. */
public final class BranchingRules {

  public static final RuleDescriptor NO_BRANCH_FROM_MASTER =
      descriptor("PRO-BR-001", Severity.ERROR)
          .summary("Never branch from master; create branches from integration")
          .rationale("Master only mirrors production for debugging; branches belong below integration.")
          .source("seed: Master environment (caveats)")
          .hint("Create the branch from integration or from an integration-tier branch.")
          .build();

  public static final RuleDescriptor NO_BRANCH_FROM_STAGING_OR_PRODUCTION =
      descriptor("PRO-BR-002", Severity.ERROR)
          .summary("Never branch from staging or production")
          .rationale(
              "Staging and production hold exactly one branch each; code reaches them by merge from the level"
                  + " below.")
          .source("seed: Staging environment (caveats); seed: Production environment (caveat)")
          .hint("Create the branch from integration and merge it up to staging and production.")
          .build();

  public static final RuleDescriptor AT_MOST_TWO_ACTIVE_INTEGRATION =
      descriptor("PRO-BR-003", Severity.ERROR)
          .summary("Keep at most two active integration environments, the integration branch and one more")
          .rationale(
              "A Pro project has the integration branch plus one additional active environment; inactive"
                  + " branches are unlimited. Enhanced integration changes the size, not the count.")
          .source("seed: Pro architecture (Integration); platform-rules.md 1.1, 1.3")
          .hint("Deactivate another integration-tier environment first, or keep the new branch inactive.")
          .build();

  public static final RuleDescriptor ACTIVE_IDLE_PARENT =
      descriptor("PRO-BR-004", Severity.ERROR)
          .summary("Branch or reactivate only from an active parent with no activity pending")
          .rationale(
              "Branching and reactivation clone data from the parent, which the platform refuses while the"
                  + " parent is inactive or busy.")
          .source("platform-rules.md 2.2, 2.3")
          .hint("Activate the parent, or wait until its build, deploy or sync finishes.")
          .build();

  public static final RuleDescriptor UNIQUE_NAME =
      descriptor("PRO-BR-005", Severity.ERROR)
          .summary("Give a new environment a name no other environment has")
          .rationale("The environment name is its Git branch and its id, so two environments cannot share it.")
          .source("platform-rules.md 2.1, 2.2")
          .hint("Choose another name, or activate the existing environment.")
          .build();

  public static final RuleDescriptor NAME_CHARACTERS =
      naming("PRO-BR-006", Severity.ERROR)
          .summary("Use only letters, digits, hyphens, underscores, dots and slashes in environment names")
          .rationale(
              "Names must not contain shell or regular-expression specials such as braces, parentheses, *,"
                  + " <, >, & and %; the documentation gives no full list, so ProArch accepts a safe set.")
          .source("platform-rules.md 1.9")
          .hint("Replace the other characters with hyphens.")
          .build();

  public static final RuleDescriptor ID_LENGTH =
      naming("PRO-BR-007", Severity.WARNING)
          .summary("Keep environment names to 32 characters")
          .rationale("The platform cuts the environment id slug to 32 characters, so longer names can collide.")
          .source("platform-rules.md 2.5")
          .hint("Shorten the name to 32 characters or fewer.")
          .build();

  public static final RuleDescriptor HOSTNAME_LENGTH =
      naming("PRO-BR-008", Severity.WARNING)
          .summary("Keep environment names to 20 characters so that their hostnames get TLS certificates")
          .rationale(
              "Generated hostnames add a 7-character hash and the 13-character project id to the branch name;"
                  + " the 64-character certificate limit leaves about 20 characters for it.")
          .source("platform-rules.md 1.7, 2.5")
          .hint("Shorten the name to 20 characters or fewer.")
          .build();

  public static final RuleDescriptor FIXED_ENVIRONMENTS_STAY =
      descriptor("PRO-BR-009", Severity.ERROR)
          .summary("Never deactivate or delete master, integration, staging or production")
          .rationale(
              "These four branches make up every Pro project; master cannot be deleted and production is the"
                  + " protected default environment.")
          .source("platform-rules.md 1.1, 1.9, 2.3")
          .hint("Deactivate or delete a developer branch instead.")
          .build();

  public static final RuleDescriptor KNOWN_ENVIRONMENT =
      descriptor("PRO-BR-010", Severity.ERROR)
          .summary("Operate only on environments and parents that exist")
          .rationale("An operation on a name the project does not have is a typo or a stale plan.")
          .source("platform-rules.md 2.2, 2.3")
          .hint("Check the environment names of the project.")
          .build();

  public static final RuleDescriptor DEACTIVATE_BEFORE_DELETE =
      descriptor("PRO-BR-011", Severity.ERROR)
          .summary("Deactivate an environment before deleting its branch")
          .rationale("The platform refuses to delete the Git branch of an active environment.")
          .source("platform-rules.md 1.9, 2.3")
          .hint("Deactivate the environment first, then delete the branch.")
          .build();

  public static final RuleDescriptor NO_ORPHANS =
      descriptor("PRO-BR-012", Severity.ERROR)
          .summary("Do not deactivate or delete an environment that has child environments")
          .rationale(
              "Children sync from and merge into their parent; the platform skips parents unless told to"
                  + " delete them.")
          .source("platform-rules.md 2.3")
          .hint("Deactivate and delete the child environments first, or re-parent them.")
          .build();

  public static final RuleDescriptor STATUS_TRANSITION =
      descriptor("PRO-BR-013", Severity.ERROR)
          .summary("Activate only inactive environments and deactivate only active, idle ones")
          .rationale(
              "The platform refuses to deactivate an inactive or busy environment; activating an active one"
                  + " does nothing.")
          .source("platform-rules.md 2.3")
          .hint("Check the environment's status first.")
          .build();

  private static final List<Rule<BranchStep>> RULES =
      List.of(
          rule(NO_BRANCH_FROM_MASTER, ParentChecks::fromMaster),
          rule(NO_BRANCH_FROM_STAGING_OR_PRODUCTION, ParentChecks::fromStagingOrProduction),
          rule(AT_MOST_TWO_ACTIVE_INTEGRATION, CapacityCheck::check),
          rule(ACTIVE_IDLE_PARENT, ParentChecks::activeAndIdle),
          rule(UNIQUE_NAME, LifecycleChecks::uniqueName),
          rule(NAME_CHARACTERS, NamingChecks::characters),
          rule(ID_LENGTH, NamingChecks::idLength),
          rule(HOSTNAME_LENGTH, NamingChecks::hostnameLength),
          rule(FIXED_ENVIRONMENTS_STAY, LifecycleChecks::fixedStay),
          rule(KNOWN_ENVIRONMENT, LifecycleChecks::known),
          rule(DEACTIVATE_BEFORE_DELETE, LifecycleChecks::deactivateBeforeDelete),
          rule(NO_ORPHANS, LifecycleChecks::noOrphans),
          rule(STATUS_TRANSITION, LifecycleChecks::statusTransition));

  private BranchingRules() {}

  public static List<RuleDescriptor> descriptors() {
    return RULES.stream().map(Rule::descriptor).toList();
  }

  /** Every branching rule, in id order. */
  public static List<Rule<BranchStep>> rules() {
    return RULES;
  }

  private static Rule<BranchStep> rule(RuleDescriptor descriptor, Function<BranchStep, List<Diagnostic>> check) {
    return new Rule<>() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public List<Diagnostic> check(BranchStep step) {
        return check.apply(step);
      }
    };
  }

  private static ImmutableRuleDescriptor.Builder descriptor(String id, Severity severity) {
    return RuleDescriptor.builder().id(RuleId.of(id)).defaultSeverity(severity).addTags(RuleTags.BRANCHING);
  }

  private static ImmutableRuleDescriptor.Builder naming(String id, Severity severity) {
    return descriptor(id, severity).addTags(RuleTags.GIT);
  }
}
