package dev.proarch.git.internal;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.BranchMapping;
import dev.proarch.git.BranchNames;
import dev.proarch.git.GitRules;
import dev.proarch.git.PushDecision;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.WorkflowSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Decides each ref update of a push against the repository as it was before the push, except that an
 * accepted update of an environment branch counts for the updates after it: updates are judged in promotion
 * order, so that one push may move integration and then staging to the same commit (D-GIT-4).
 */
public final class PushRules implements AutoCloseable {
  private final Repository repository;
  private final Ancestry ancestry;
  private final BranchMapping mapping;
  private final Map<EnvironmentType, RevCommit> tips = new EnumMap<>(EnvironmentType.class);
  /** The environment branches as they were before the push: what a pushed commit's origin is judged by. */
  private final EnvironmentTips before;
  private ForeignCommits foreign;

  public PushRules(Repository repository, WorkflowSettings settings) throws IOException {
    this.repository = repository;
    this.ancestry = new Ancestry(repository);
    this.mapping = settings.mapping();
    this.before = EnvironmentTips.read(repository, ancestry, mapping);
    for (EnvironmentType environment : EnvironmentType.values()) {
      before.tip(environment).ifPresent(tip -> tips.put(environment, tip));
    }
  }

  /** One decision per update, in the order of {@code updates}. */
  public List<PushDecision> decideAll(List<RefUpdate> updates) {
    Map<RefUpdate, PushDecision> decided = new java.util.HashMap<>();
    List<RefUpdate> order = new ArrayList<>(updates);
    order.sort(Comparator.comparingInt(this::rank));
    for (RefUpdate update : order) {
      decided.put(update, decide(update));
    }
    return updates.stream().map(decided::get).toList();
  }

  /** The decision on one update; an accepted environment update moves that environment's tip. */
  private PushDecision decide(RefUpdate update) {
    List<Diagnostic> findings = new ArrayList<>();
    try {
      judge(update, findings);
    } catch (IOException e) {
      findings.add(Failures.unreadable("The pushed objects cannot be read (" + Failures.describe(e) + ").",
          update.refName()));
    }
    PushDecision decision = PushDecision.builder().update(update).addAllDiagnostics(findings).build();
    if (decision.accepted() && !update.isDelete()) {
      mapping.environmentOfRef(update.refName()).ifPresent(environment -> moveTip(environment, update));
    }
    return decision;
  }

  private void judge(RefUpdate update, List<Diagnostic> findings) throws IOException {
    String ref = update.refName();
    if (!BranchNames.isValidRef(ref)) {
      findings.add(at(GitRules.VALID_REF_NAME.diagnostic(
          "'" + ref + "' is not a valid Git ref name, so the push of it is refused."), update));
      return;
    }
    if (!update.isBranch()) {
      return;
    }
    Optional<EnvironmentType> environment = mapping.environmentOfRef(ref);
    if (environment.isPresent()) {
      new EnvironmentUpdate(this, update, environment.get(), findings).judge();
    } else {
      judgeOtherBranch(update, findings);
    }
  }

  private void judgeOtherBranch(RefUpdate update, List<Diagnostic> findings) throws IOException {
    if (update.isDelete()) {
      return;
    }
    RevCommit pushed = ancestry.commit(ObjectId.fromString(update.newId()));
    if (!update.isCreate()) {
      return;
    }
    String name = update.shortName();
    Optional<String> environmentBranch = mapping.caseVariantOf(name);
    if (environmentBranch.isPresent()) {
      findings.add(at(GitRules.NO_CASE_VARIANTS.diagnostic(
          "Branch '" + name + "' differs from the environment branch '" + environmentBranch.get()
              + "' only by letter case; push to '" + environmentBranch.get() + "' or choose another name."), update));
      return;
    }
    List<String> sources = foreign().sources(List.of(pushed)).getOrDefault(pushed, List.of());
    if (!sources.isEmpty()) {
      Diagnostic fork = ForeignCommits.diagnostic(update.refName(), sources);
      // Every push finding names the update's old and new ids; the fork finding adds its own details.
      findings.add(at(GitRules.BRANCH_FROM_INTEGRATION
          .diagnostic(fork.message() + " Create it from integration: git switch -c " + name
              + " origin/" + mapping.integration() + ".")
          .putAllDetails(fork.details()), update));
    }
  }

  private ForeignCommits foreign() throws IOException {
    if (foreign == null) {
      foreign = ForeignCommits.of(ancestry, before);
    }
    return foreign;
  }

  private void moveTip(EnvironmentType environment, RefUpdate update) {
    try {
      tips.put(environment, ancestry.commit(ObjectId.fromString(update.newId())));
    } catch (IOException e) {
      tips.remove(environment);
    }
  }

  private int rank(RefUpdate update) {
    return mapping.environmentOfRef(update.refName())
        .map(environment -> EnvironmentType.promotionOrder().indexOf(environment))
        .orElse(EnvironmentType.promotionOrder().size());
  }

  Ancestry ancestry() {
    return ancestry;
  }

  BranchMapping mapping() {
    return mapping;
  }

  Optional<RevCommit> tip(EnvironmentType environment) {
    return Optional.ofNullable(tips.get(environment));
  }

  ObjectReader reader() {
    return repository.newObjectReader();
  }

  static Diagnostic at(dev.proarch.core.rule.ImmutableDiagnostic.Builder builder, RefUpdate update) {
    return builder.location(Location.ofPath(update.refName()))
        .putDetails("oldId", update.oldId())
        .putDetails("newId", update.newId())
        .build();
  }

  @Override
  public void close() {
    ancestry.close();
  }
}
