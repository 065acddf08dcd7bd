package dev.proarch.cli;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.git.BranchMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pro branch rules in the words of GitHub repository rulesets and GitLab protected branches
 * (platform-rules.md 3). Both can block deletion and force pushes of the four environment branches and
 * restrict who updates staging, production and master; neither can say "only fast-forward to a commit
 * integration holds" or "never branch from staging", which stay with the pre-receive hook (D-GIT-7). The
 * documents are the services' own formats, written as their APIs take them, without a ProArch envelope.
 */
final class BranchRuleExport {
  /** GitLab access levels (protected branches API). */
  static final int NO_ONE = 0;
  static final int DEVELOPERS = 30;
  static final int MAINTAINERS = 40;

  private BranchRuleExport() {}

  /**
   * Two GitHub rulesets, each a body for {@code POST /repos/{owner}/{repo}/rulesets}: every environment
   * branch may be neither deleted nor force-pushed; staging, production and master may only be updated by
   * the ruleset's bypass actors, the people who promote.
   */
  static List<Map<String, Object>> githubRulesets(BranchMapping mapping) {
    List<String> all = refs(mapping, EnvironmentType.promotionOrder());
    List<String> promoted = refs(mapping, List.of(EnvironmentType.STAGING, EnvironmentType.PRODUCTION,
        EnvironmentType.MASTER));
    return List.of(
        ruleset("proarch: Pro environment branches", all, List.of(rule("deletion"), rule("non_fast_forward"))),
        ruleset("proarch: promotion only", promoted, List.of(updateRule())));
  }

  /**
   * GitLab protected branches, each a body for {@code POST /projects/:id/protected_branches}: integration
   * takes developers' pushes and merges; staging, production and master take pushes from maintainers only
   * (a promotion is a push of the lower branch's commit) and no merge requests, whose merge commits the
   * lower branch would lack. Force pushes are off everywhere; GitLab never deletes a protected branch by
   * push.
   */
  static List<Map<String, Object>> gitlab(BranchMapping mapping) {
    List<Map<String, Object>> branches = new ArrayList<>();
    for (EnvironmentType environment : EnvironmentType.promotionOrder()) {
      boolean integration = environment == EnvironmentType.INTEGRATION;
      Map<String, Object> branch = new LinkedHashMap<>();
      branch.put("name", mapping.branchOf(environment));
      branch.put("push_access_level", integration ? DEVELOPERS : MAINTAINERS);
      branch.put("merge_access_level", integration ? DEVELOPERS : NO_ONE);
      branch.put("unprotect_access_level", MAINTAINERS);
      branch.put("allow_force_push", false);
      branch.put("code_owner_approval_required", false);
      branches.add(branch);
    }
    return branches;
  }

  private static Map<String, Object> ruleset(String name, List<String> refs, List<Map<String, Object>> rules) {
    Map<String, Object> refName = new LinkedHashMap<>();
    refName.put("include", refs);
    refName.put("exclude", List.of());
    Map<String, Object> ruleset = new LinkedHashMap<>();
    ruleset.put("name", name);
    ruleset.put("target", "branch");
    ruleset.put("enforcement", "active");
    ruleset.put("bypass_actors", List.of());
    ruleset.put("conditions", Map.of("ref_name", refName));
    ruleset.put("rules", rules);
    return ruleset;
  }

  private static Map<String, Object> rule(String type) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("type", type);
    return rule;
  }

  private static Map<String, Object> updateRule() {
    Map<String, Object> rule = rule("update");
    rule.put("parameters", Map.of("update_allows_fetch_and_merge", false));
    return rule;
  }

  private static List<String> refs(BranchMapping mapping, List<EnvironmentType> environments) {
    return environments.stream().map(mapping::refOf).toList();
  }
}
