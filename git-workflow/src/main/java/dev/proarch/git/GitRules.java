package dev.proarch.git;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleProvider;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/**
 * The branch rules of a Pro repository (area {@code GIT}). The repository check and the push decisions
 * report findings under these ids; {@link Provider} contributes them to the rule catalog.
 */
public final class GitRules {
  private static final String SEED_OVERVIEW = "seed: Pro environment architecture";
  private static final String SEED_MASTER = "seed: Master environment";
  private static final String SEED_STAGING = "seed: Staging environment";
  private static final String SEED_PRODUCTION = "seed: Production environment";

  public static final RuleDescriptor ENVIRONMENT_BRANCH_EXISTS =
      rule("PRO-GIT-001", Severity.ERROR, "Every environment branch exists in the repository")
          .rationale("A Pro project is one Git repository whose integration, staging, production and master"
              + " branches are the environments; a missing branch is a missing environment.")
          .source(SEED_OVERVIEW + "; platform-rules.md 1.1")
          .hint("Create the branch from the environment below it (master first, then integration from master)"
              + " or fix the branch mapping in the proarch.* Git config keys.")
          .addTags(RuleTags.ENVIRONMENT, RuleTags.BRANCHING)
          .build();

  public static final RuleDescriptor STAGING_WITHIN_INTEGRATION =
      rule("PRO-GIT-002", Severity.ERROR, "Staging holds no commit that integration lacks")
          .rationale("Code reaches staging only from integration; a commit on staging that integration lacks"
              + " was made straight on staging and will be lost or conflict at the next promotion.")
          .source(SEED_STAGING + " (push code changes from the integration branch to the staging branch)")
          .hint("Merge staging into integration so that integration holds those commits, then promote"
              + " integration to staging again.")
          .addTags(RuleTags.PROMOTION, RuleTags.BRANCHING)
          .build();

  public static final RuleDescriptor PRODUCTION_WITHIN_STAGING =
      rule("PRO-GIT-003", Severity.ERROR, "Production holds no commit that staging lacks")
          .rationale("Code reaches production only from staging; a commit on production that staging lacks"
              + " was never tested on staging.")
          .source(SEED_PRODUCTION + " (push code changes from the staging branch to the production branch)")
          .hint("Bring those commits into integration and staging first, then promote staging to production.")
          .addTags(RuleTags.PROMOTION, RuleTags.BRANCHING)
          .build();

  public static final RuleDescriptor MASTER_EQUALS_PRODUCTION =
      rule("PRO-GIT-004", Severity.WARNING, "Master holds a copy of the production code")
          .rationale("Master exists to debug production without interrupting it, which only works when it"
              + " runs the same commit.")
          .source(SEED_MASTER + " (always push a copy of the Production code to the master environment)")
          .hint("Push production's commit to master: git push origin production:master.")
          .addTags(RuleTags.ENVIRONMENT, RuleTags.PROMOTION)
          .build();

  public static final RuleDescriptor BRANCH_FROM_INTEGRATION =
      rule("PRO-GIT-005", Severity.ERROR, "Branches fork from integration, never from master, staging or production")
          .rationale("New environments are branched from integration; a branch that carries commits of master,"
              + " staging or production that integration lacks was branched from the wrong place.")
          .source(SEED_MASTER + ", " + SEED_STAGING + ", " + SEED_PRODUCTION + " (caveats)")
          .hint("Re-create the branch from integration (git switch -c NAME origin/integration) and"
              + " cherry-pick your own commits onto it.")
          .addTags(RuleTags.BRANCHING, RuleTags.INTEGRATION)
          .build();

  public static final RuleDescriptor ACTIVE_BRANCH_CAPACITY =
      rule("PRO-GIT-006", Severity.ERROR, "No more active integration-tier branches than the plan allows")
          .rationale("The integration tier provides the integration branch plus one more active branch;"
              + " further active branches need a support ticket.")
          .source("seed: Pro architecture (Integration); platform-rules.md 1.1, 1.3")
          .hint("Deactivate a branch you no longer test on (magento-cloud environment:deactivate), or ask"
              + " Adobe support for more active environments.")
          .addTags(RuleTags.INTEGRATION, RuleTags.ENVIRONMENT)
          .build();

  public static final RuleDescriptor STAGING_FAST_FORWARD_FROM_INTEGRATION =
      rule("PRO-GIT-007", Severity.ERROR, "Staging moves only forward to a commit integration holds")
          .rationale("Staging is updated by promoting integration; any other commit on staging is a change"
              + " made straight on staging.")
          .source(SEED_STAGING + "; platform-rules.md 1.2")
          .hint("Push your change to integration first, then promote it: git push origin integration:staging.")
          .addTags(RuleTags.PROMOTION, RuleTags.GIT)
          .build();

  public static final RuleDescriptor PRODUCTION_FAST_FORWARD_FROM_STAGING =
      rule("PRO-GIT-008", Severity.ERROR, "Production moves only forward to a commit staging holds")
          .rationale("Production is updated by promoting staging, so that every production commit was"
              + " tested on staging.")
          .source(SEED_PRODUCTION + "; platform-rules.md 1.2")
          .hint("Promote the change through staging first, then: git push origin staging:production.")
          .addTags(RuleTags.PROMOTION, RuleTags.GIT)
          .build();

  public static final RuleDescriptor MASTER_ONLY_TO_PRODUCTION =
      rule("PRO-GIT-009", Severity.ERROR, "Master only moves to production's commit")
          .rationale("Master carries a copy of production and nothing else; it is not for development.")
          .source(SEED_MASTER)
          .hint("Push production's commit to master (git push origin production:master); develop on a branch"
              + " of integration.")
          .addTags(RuleTags.PROMOTION, RuleTags.GIT)
          .build();

  public static final RuleDescriptor NO_DELETE_OR_FORCE_PUSH =
      rule("PRO-GIT-010", Severity.ERROR, "Environment branches are never deleted or force-pushed")
          .rationale("Deleting an environment branch removes the environment; a force push rewrites history"
              + " that was already deployed and promoted.")
          .source("platform-rules.md 1.9, 3")
          .hint("Revert the change with a new commit (git revert) and push that instead.")
          .addTags(RuleTags.GIT, RuleTags.ENVIRONMENT)
          .build();

  public static final RuleDescriptor VALID_REF_NAME =
      rule("PRO-GIT-011", Severity.ERROR, "Pushed ref names are valid Git ref names")
          .rationale("A ref name Git itself rejects cannot become an environment and breaks clients that"
              + " fetch it.")
          .source("platform-rules.md 1.9; git check-ref-format")
          .hint("Rename the branch to a valid name (letters, digits, '-', '_', '/' and '.'; see git"
              + " check-ref-format).")
          .addTags(RuleTags.GIT, RuleTags.BRANCHING)
          .build();

  public static final RuleDescriptor YAML_NOT_SELF_SERVICE =
      rule("PRO-GIT-012", Severity.INFO, "Configuration file changes on staging and production are not self-service")
          .rationale("Only integration uses the YAML files for configuration self-service; on staging and"
              + " production changes to services, routes and the application may need Adobe support.")
          .source("seed: environment table (Uses YAML files for configuration); platform-rules.md 1.1")
          .hint("Open an Adobe Commerce support ticket for the change; production service changes need 48"
              + " hours notice.")
          .addTags(RuleTags.CONFIG, RuleTags.SUPPORT)
          .build();

  public static final RuleDescriptor REPOSITORY_READABLE =
      rule("PRO-GIT-013", Severity.ERROR, "The repository and the pushed objects can be read")
          .rationale("Branch rules cannot be judged on a directory that is not a Git repository, or on"
              + " missing or corrupt objects.")
          .source("BRIEF: bad input gets a clear diagnostic")
          .hint("Point --repo at the repository (its .git directory or a bare repository) and run git fsck"
              + " when objects are reported missing or corrupt.")
          .addTags(RuleTags.GIT)
          .build();

  public static final RuleDescriptor FULL_HISTORY =
      rule("PRO-GIT-014", Severity.WARNING, "The repository holds the whole history")
          .rationale("A shallow clone cuts history at its boundary, so commits shared below it look"
              + " missing and ancestry findings may be wrong.")
          .source("git clone --depth; platform-rules.md 1.1")
          .hint("Run the check on a full clone: git fetch --unshallow.")
          .addTags(RuleTags.GIT)
          .build();

  public static final RuleDescriptor NO_CASE_VARIANTS =
      rule("PRO-GIT-015", Severity.ERROR, "No branch differs from an environment branch only by letter case")
          .rationale("Production next to production differ only in case: they collide on case-insensitive"
              + " file systems and environment ids are lower case, so one shadows the other.")
          .source("platform-rules.md 1.9 (capitals become lower case in environment ids)")
          .hint("Delete or rename the case variant; push to the lower-case environment branch.")
          .addTags(RuleTags.GIT, RuleTags.BRANCHING)
          .build();

  public static final RuleDescriptor NOT_SYMBOLIC =
      rule("PRO-GIT-016", Severity.ERROR, "Environment branches are real branches, not symbolic refs")
          .rationale("A symbolic environment branch moves whenever its target moves, bypassing every"
              + " promotion rule.")
          .source("platform-rules.md 1.1")
          .hint("Replace the symbolic ref by a branch: git update-ref --no-deref refs/heads/NAME COMMIT.")
          .addTags(RuleTags.GIT, RuleTags.ENVIRONMENT)
          .build();

  public static final RuleDescriptor SETTINGS_USABLE =
      rule("PRO-GIT-017", Severity.ERROR, "The proarch settings in the Git config are usable")
          .rationale("A mapping that names an invalid branch, or one branch for two environments, cannot"
              + " tell the environments apart; the defaults are used instead.")
          .source("docs/cli.md (proarch git); D-GIT-3")
          .hint("Fix the proarch.* keys: git config proarch.staging my-staging; one branch per environment.")
          .addTags(RuleTags.GIT, RuleTags.CONFIG)
          .build();

  public static final RuleDescriptor PUSHED_CONFIGURATION_VALID =
      rule("PRO-GIT-018", Severity.ERROR, "Staging and production only receive commits whose configuration validates")
          .rationale("A configuration error found before the push costs nothing; on staging or production it"
              + " fails a deployment on dedicated hardware.")
          .source("platform-rules.md 1.2 (every push triggers build and deploy)")
          .hint("Run proarch validate on the commit, fix the errors on integration, then promote again.")
          .addTags(RuleTags.CONFIG, RuleTags.PROMOTION)
          .build();

  private static final List<RuleDescriptor> ALL =
      List.of(
          ENVIRONMENT_BRANCH_EXISTS,
          STAGING_WITHIN_INTEGRATION,
          PRODUCTION_WITHIN_STAGING,
          MASTER_EQUALS_PRODUCTION,
          BRANCH_FROM_INTEGRATION,
          ACTIVE_BRANCH_CAPACITY,
          STAGING_FAST_FORWARD_FROM_INTEGRATION,
          PRODUCTION_FAST_FORWARD_FROM_STAGING,
          MASTER_ONLY_TO_PRODUCTION,
          NO_DELETE_OR_FORCE_PUSH,
          VALID_REF_NAME,
          YAML_NOT_SELF_SERVICE,
          REPOSITORY_READABLE,
          FULL_HISTORY,
          NO_CASE_VARIANTS,
          NOT_SYMBOLIC,
          SETTINGS_USABLE,
          PUSHED_CONFIGURATION_VALID);

  private GitRules() {}

  /** Every rule of this module, in id order. */
  public static List<RuleDescriptor> all() {
    return ALL;
  }

  private static dev.proarch.core.rule.ImmutableRuleDescriptor.Builder rule(
      String id, Severity severity, String summary) {
    return RuleDescriptor.builder().id(RuleId.of(id)).defaultSeverity(severity).summary(summary).addTags(RuleTags.GIT);
  }

  /** Contributes the GIT rules to the rule catalog through {@code META-INF/services}. */
  public static final class Provider implements RuleProvider {
    @Override
    public List<RuleDescriptor> rules() {
      return all();
    }
  }
}
