package dev.proarch.git.internal;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.BranchMapping;
import dev.proarch.git.GitRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The commit each environment branch points at, read once. A branch that is missing, symbolic or points at
 * something that is not a readable commit has no tip, and the reason is kept as a finding.
 */
public final class EnvironmentTips {
  private final Map<EnvironmentType, RevCommit> tips;
  private final List<Diagnostic> problems;

  private EnvironmentTips(Map<EnvironmentType, RevCommit> tips, List<Diagnostic> problems) {
    this.tips = tips;
    this.problems = problems;
  }

  public static EnvironmentTips read(Repository repository, Ancestry ancestry, BranchMapping mapping)
      throws IOException {
    Map<EnvironmentType, RevCommit> tips = new EnumMap<>(EnvironmentType.class);
    List<Diagnostic> problems = new ArrayList<>();
    for (EnvironmentType environment : EnvironmentType.promotionOrder()) {
      String refName = mapping.refOf(environment);
      Location where = Location.ofPath(refName);
      Ref ref = repository.exactRef(refName);
      if (ref == null || ref.getObjectId() == null && !ref.isSymbolic()) {
        problems.add(GitRules.ENVIRONMENT_BRANCH_EXISTS
            .diagnostic("The " + environment.label() + " environment has no branch '" + mapping.branchOf(environment)
                + "' in this repository.")
            .location(where)
            .putDetails("environment", environment.label())
            .build());
        continue;
      }
      if (ref.isSymbolic()) {
        problems.add(GitRules.NOT_SYMBOLIC
            .diagnostic("The " + environment.label() + " branch is a symbolic ref to "
                + ref.getTarget().getName() + ", so it moves whenever that ref moves.")
            .location(where)
            .putDetails("target", ref.getTarget().getName())
            .build());
        continue;
      }
      try {
        tips.put(environment, ancestry.commit(ref.getObjectId()));
      } catch (IOException e) {
        problems.add(Failures.unreadable(
            "The " + environment.label() + " branch points at " + ref.getObjectId().name()
                + ", which is not a readable commit (" + Failures.describe(e) + ").",
            refName));
      }
    }
    return new EnvironmentTips(tips, List.copyOf(problems));
  }

  public Optional<RevCommit> tip(EnvironmentType environment) {
    return Optional.ofNullable(tips.get(environment));
  }

  /** Missing, symbolic and unreadable environment branches. */
  public List<Diagnostic> problems() {
    return problems;
  }
}
