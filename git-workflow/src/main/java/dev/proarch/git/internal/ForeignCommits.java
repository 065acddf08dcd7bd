package dev.proarch.git.internal;

import static dev.proarch.core.model.EnvironmentType.INTEGRATION;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.GitRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Commits of staging, production or master that integration lacks. A branch that holds one of them was
 * branched from the wrong place (D-GIT-1). In a healthy repository the set is empty and no branch costs a
 * walk. Otherwise, with reachability bitmaps each branch is tested against the oldest such commits (a branch
 * holds one of the set exactly when it holds one of the oldest); without bitmaps one walk over what the
 * branches hold beyond integration labels every branch at once.
 */
final class ForeignCommits {
  private static final List<EnvironmentType> UPSTREAM =
      List.of(EnvironmentType.STAGING, EnvironmentType.PRODUCTION, EnvironmentType.MASTER);

  private final Ancestry ancestry;
  private final Optional<RevCommit> integration;
  private final Map<EnvironmentType, Ancestry.Excess> foreign;

  private ForeignCommits(
      Ancestry ancestry, Optional<RevCommit> integration, Map<EnvironmentType, Ancestry.Excess> foreign) {
    this.ancestry = ancestry;
    this.integration = integration;
    this.foreign = foreign;
  }

  /** Reads, for each of staging, production and master, its commits that integration lacks. */
  static ForeignCommits of(Ancestry ancestry, EnvironmentTips tips) throws IOException {
    Map<EnvironmentType, Ancestry.Excess> foreign = new EnumMap<>(EnvironmentType.class);
    Optional<RevCommit> integration = tips.tip(INTEGRATION);
    if (integration.isPresent()) {
      for (EnvironmentType environment : UPSTREAM) {
        Optional<RevCommit> tip = tips.tip(environment);
        if (tip.isPresent()) {
          Ancestry.Excess excess = ancestry.excess(tip.get(), integration, 0);
          if (!excess.isEmpty()) {
            foreign.put(environment, excess);
          }
        }
      }
    }
    return new ForeignCommits(ancestry, integration, foreign);
  }

  boolean isEmpty() {
    return foreign.isEmpty();
  }

  /** For each tip that holds foreign commits, the environments they come from, in promotion order. */
  Map<ObjectId, List<String>> sources(Collection<RevCommit> tips) throws IOException {
    Map<ObjectId, List<String>> sources = new HashMap<>();
    if (foreign.isEmpty() || tips.isEmpty()) {
      return sources;
    }
    if (ancestry.hasGenerations() || tips.size() == 1 && ancestry.answersCheaply()) {
      for (RevCommit tip : tips) {
        List<String> from = new ArrayList<>();
        for (EnvironmentType environment : UPSTREAM) {
          Ancestry.Excess excess = foreign.get(environment);
          if (excess != null && ancestry.holdsAny(tip, excess.oldest())) {
            from.add(environment.label());
          }
        }
        if (!from.isEmpty()) {
          sources.put(tip.copy(), from);
        }
      }
      return sources;
    }
    Map<ObjectId, Integer> labels = new HashMap<>();
    for (EnvironmentType environment : UPSTREAM) {
      Ancestry.Excess excess = foreign.get(environment);
      if (excess != null) {
        int bit = 1 << UPSTREAM.indexOf(environment);
        excess.all().forEach(commit -> labels.merge(commit.copy(), bit, (a, b) -> a | b));
      }
    }
    Map<ObjectId, Integer> held = ancestry.labelsHeld(tips, integration, labels);
    held.forEach((tip, label) -> sources.put(tip, environments(label)));
    return sources;
  }

  private static List<String> environments(int label) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < UPSTREAM.size(); i++) {
      if ((label & (1 << i)) != 0) {
        names.add(UPSTREAM.get(i).label());
      }
    }
    return names;
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
