package dev.proarch.git.internal;

import static dev.proarch.core.model.EnvironmentType.INTEGRATION;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.GitRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Commits of staging, production or master that integration lacks. A branch that holds one of them was
 * branched from the wrong place (D-GIT-1). Only the oldest such commits are kept: a branch holds one of the
 * set exactly when it holds one of the oldest. In a healthy repository the set is empty and no branch needs
 * a walk at all.
 */
final class ForeignCommits {
  private static final List<EnvironmentType> UPSTREAM =
      List.of(EnvironmentType.STAGING, EnvironmentType.PRODUCTION, EnvironmentType.MASTER);

  private ForeignCommits() {}

  /** For each of staging, production and master, its oldest commits that integration lacks; empty ones left out. */
  static Map<EnvironmentType, List<RevCommit>> oldest(Ancestry ancestry, EnvironmentTips tips) throws IOException {
    Map<EnvironmentType, List<RevCommit>> oldest = new EnumMap<>(EnvironmentType.class);
    Optional<RevCommit> integration = tips.tip(INTEGRATION);
    if (integration.isEmpty()) {
      return oldest;
    }
    for (EnvironmentType environment : UPSTREAM) {
      Optional<RevCommit> tip = tips.tip(environment);
      if (tip.isPresent()) {
        Ancestry.Excess excess = ancestry.excess(tip.get(), integration, 0);
        if (!excess.isEmpty()) {
          oldest.put(environment, excess.oldest());
        }
      }
    }
    return oldest;
  }

  /** The environments whose foreign commits {@code tip} holds, in promotion order. */
  static List<String> sources(Ancestry ancestry, RevCommit tip, Map<EnvironmentType, List<RevCommit>> foreign)
      throws IOException {
    List<String> sources = new ArrayList<>();
    for (EnvironmentType environment : UPSTREAM) {
      List<RevCommit> commits = foreign.get(environment);
      if (commits != null && ancestry.holdsAny(tip, commits)) {
        sources.add(environment.label());
      }
    }
    return sources;
  }

  static Diagnostic diagnostic(String refName, List<String> sources) {
    String branch = refName.startsWith("refs/heads/") ? refName.substring("refs/heads/".length()) : refName;
    return GitRules.BRANCH_FROM_INTEGRATION
        .diagnostic("Branch '" + branch + "' holds commits of " + String.join(" and ", sources)
            + " that integration lacks, so it was branched from " + String.join(" or ", sources)
            + " instead of integration.")
        .location(Location.ofPath(refName))
        .putDetails("branchedFrom", String.join(",", sources))
        .build();
  }
}
