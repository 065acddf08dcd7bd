package dev.proarch.git.internal;

import static dev.proarch.core.model.EnvironmentType.INTEGRATION;
import static dev.proarch.core.model.EnvironmentType.MASTER;
import static dev.proarch.core.model.EnvironmentType.PRODUCTION;
import static dev.proarch.core.model.EnvironmentType.STAGING;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.git.BranchMapping;
import dev.proarch.git.GitRules;
import dev.proarch.git.WorkflowSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The whole-repository check: environment branches exist and are real, staging within integration,
 * production within staging, master equal to production, no branch forked from master, staging or
 * production, no case variants, and no more active integration-tier branches than allowed.
 */
public final class RepositoryChecker {
  static final int SAMPLE = 5;

  private final Repository repository;
  private final Ancestry ancestry;
  private final WorkflowSettings settings;
  private final List<Diagnostic> findings = new ArrayList<>();

  private RepositoryChecker(Repository repository, Ancestry ancestry, WorkflowSettings settings) {
    this.repository = repository;
    this.ancestry = ancestry;
    this.settings = settings;
  }

  public static List<Diagnostic> check(Repository repository, WorkflowSettings settings) {
    try (Ancestry ancestry = new Ancestry(repository)) {
      RepositoryChecker checker = new RepositoryChecker(repository, ancestry, settings);
      checker.run();
      return List.copyOf(checker.findings);
    } catch (IOException e) {
      return List.of(Failures.unreadable(
          "The repository cannot be read (" + Failures.describe(e) + ").", repository.getDirectory().toString()));
    }
  }

  private void run() throws IOException {
    shallow();
    EnvironmentTips tips = EnvironmentTips.read(repository, ancestry, settings.mapping());
    findings.addAll(tips.problems());
    List<Ref> branches = repository.getRefDatabase().getRefsByPrefix("refs/heads/");
    caseVariants(branches);
    contained(tips, STAGING, INTEGRATION, GitRules.STAGING_WITHIN_INTEGRATION);
    contained(tips, PRODUCTION, STAGING, GitRules.PRODUCTION_WITHIN_STAGING);
    masterDrift(tips);
    forks(tips, branches);
    activeCapacity();
  }

  private void shallow() throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      Set<?> shallow = reader.getShallowCommits();
      if (!shallow.isEmpty()) {
        findings.add(GitRules.FULL_HISTORY
            .diagnostic("The repository is a shallow clone (" + shallow.size() + " commits mark where history"
                + " was cut); commits below that line are unknown, so ancestry findings may be wrong.")
            .location(Location.ofPath(repository.getDirectory().toString()))
            .build());
      }
    }
  }

  private void caseVariants(List<Ref> branches) {
    BranchMapping mapping = settings.mapping();
    for (Ref ref : branches) {
      String name = ref.getName().substring("refs/heads/".length());
      Optional<String> environmentBranch = mapping.caseVariantOf(name);
      if (environmentBranch.isPresent()) {
        findings.add(GitRules.NO_CASE_VARIANTS
            .diagnostic("Branch '" + name + "' differs from the environment branch '" + environmentBranch.get()
                + "' only by letter case.")
            .location(Location.ofPath(ref.getName()))
            .putDetails("environmentBranch", environmentBranch.get())
            .build());
      }
    }
  }

  private void contained(
      EnvironmentTips tips, EnvironmentType inner, EnvironmentType outer, RuleDescriptor rule) throws IOException {
    Optional<RevCommit> innerTip = tips.tip(inner);
    Optional<RevCommit> outerTip = tips.tip(outer);
    if (innerTip.isEmpty() || outerTip.isEmpty()) {
      return;
    }
    Ancestry.Excess excess = ancestry.excess(innerTip.get(), outerTip, SAMPLE);
    if (excess.isEmpty()) {
      return;
    }
    findings.add(rule
        .diagnostic(capitalize(inner.label()) + " holds " + commits(excess.count()) + " that " + outer.label()
            + " lacks, so code reached " + inner.label() + " without passing through " + outer.label() + ".")
        .location(Location.ofPath(settings.mapping().refOf(inner)))
        .putDetails("count", Integer.toString(excess.count()))
        .putDetails("commits", String.join(",", excess.newest()))
        .build());
  }

  private void masterDrift(EnvironmentTips tips) throws IOException {
    Optional<RevCommit> master = tips.tip(MASTER);
    Optional<RevCommit> production = tips.tip(PRODUCTION);
    if (master.isEmpty() || production.isEmpty() || master.get().equals(production.get())) {
      return;
    }
    int ahead = ancestry.excess(master.get(), production, 0).count();
    int behind = ancestry.excess(production.get(), master, 0).count();
    findings.add(GitRules.MASTER_EQUALS_PRODUCTION
        .diagnostic("Master is " + commits(ahead) + " ahead of and " + commits(behind)
            + " behind production; it should be a copy of production.")
        .location(Location.ofPath(settings.mapping().refOf(MASTER)))
        .putDetails("ahead", Integer.toString(ahead))
        .putDetails("behind", Integer.toString(behind))
        .putDetails("master", master.get().name())
        .putDetails("production", production.get().name())
        .build());
  }

  private void forks(EnvironmentTips tips, List<Ref> branches) throws IOException {
    ForeignCommits foreign = ForeignCommits.of(ancestry, tips);
    if (foreign.isEmpty()) {
      return;
    }
    BranchMapping mapping = settings.mapping();
    Map<String, RevCommit> tipsByRef = new TreeMap<>();
    for (Ref ref : branches) {
      if (ref.isSymbolic() || mapping.environmentOfRef(ref.getName()).isPresent() || ref.getObjectId() == null) {
        continue;
      }
      try {
        tipsByRef.put(ref.getName(), ancestry.commit(ref.getObjectId()));
      } catch (IOException e) {
        findings.add(Failures.unreadable("Branch " + ref.getName() + " points at " + ref.getObjectId().name()
            + ", which is not a readable commit (" + Failures.describe(e) + ").", ref.getName()));
      }
    }
    Map<ObjectId, List<String>> sources = foreign.sources(new ArrayList<>(tipsByRef.values()));
    tipsByRef.forEach((refName, tip) -> {
      List<String> from = sources.get(tip);
      if (from != null) {
        findings.add(ForeignCommits.diagnostic(refName, from));
      }
    });
  }

  private void activeCapacity() {
    BranchMapping mapping = settings.mapping();
    Set<String> active = new TreeSet<>();
    active.add(mapping.integration());
    for (String branch : settings.activeBranches()) {
      Optional<EnvironmentType> environment = mapping.environmentOfBranch(branch);
      if (environment.isEmpty() || environment.get() == INTEGRATION) {
        active.add(branch);
      }
    }
    int capacity = settings.activeBranchCapacity();
    if (active.size() > capacity) {
      findings.add(GitRules.ACTIVE_BRANCH_CAPACITY
          .diagnostic(active.size() + " integration-tier branches are active (" + String.join(", ", active)
              + "); the plan allows " + capacity + ", the integration branch included.")
          .location(Location.ofPath(mapping.refOf(INTEGRATION)))
          .putDetails("active", String.join(",", active))
          .putDetails("capacity", Integer.toString(capacity))
          .build());
    }
  }

  static String commits(int count) {
    return count == 1 ? "1 commit" : count + " commits";
  }

  static String capitalize(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
