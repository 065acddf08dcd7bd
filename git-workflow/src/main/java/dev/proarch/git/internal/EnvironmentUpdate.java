package dev.proarch.git.internal;

import static dev.proarch.core.model.EnvironmentType.INTEGRATION;
import static dev.proarch.core.model.EnvironmentType.MASTER;
import static dev.proarch.core.model.EnvironmentType.PRODUCTION;
import static dev.proarch.core.model.EnvironmentType.STAGING;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.git.GitRules;
import dev.proarch.git.RefUpdate;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The rules for one update of an environment branch: never deleted, never rewound, and moved only by
 * promotion (staging from integration, production from staging, master to production's commit). Changes of
 * the YAML files on an environment without self-service configuration earn an info.
 */
final class EnvironmentUpdate {
  private final PushRules rules;
  private final RefUpdate update;
  private final EnvironmentType environment;
  private final List<Diagnostic> findings;

  EnvironmentUpdate(PushRules rules, RefUpdate update, EnvironmentType environment, List<Diagnostic> findings) {
    this.rules = rules;
    this.update = update;
    this.environment = environment;
    this.findings = findings;
  }

  void judge() throws IOException {
    String branch = rules.mapping().branchOf(environment);
    if (update.isDelete()) {
      refuse(GitRules.NO_DELETE_OR_FORCE_PUSH, "Deleting the " + environment.label() + " branch '" + branch
          + "' would remove the " + environment.label() + " environment; it is refused.");
      return;
    }
    Ancestry ancestry = rules.ancestry();
    RevCommit pushed = ancestry.commit(ObjectId.fromString(update.newId()));
    Optional<RevCommit> old = Optional.empty();
    if (!update.isCreate()) {
      old = Optional.of(ancestry.commit(ObjectId.fromString(update.oldId())));
      if (!ancestry.holds(pushed, old.get())) {
        refuse(GitRules.NO_DELETE_OR_FORCE_PUSH, "This push rewrites the history of the " + environment.label()
            + " branch '" + branch + "' (a force push): " + update.newId().substring(0, 12)
            + " does not contain the current " + update.oldId().substring(0, 12) + ".");
      }
    }
    promotion(pushed);
    if (!environment.capabilities().yamlConfiguration()) {
      yamlChanges(old, pushed);
    }
  }

  private void promotion(RevCommit pushed) throws IOException {
    switch (environment) {
      case STAGING:
        requireHeldBy(INTEGRATION, pushed, GitRules.STAGING_FAST_FORWARD_FROM_INTEGRATION);
        break;
      case PRODUCTION:
        requireHeldBy(STAGING, pushed, GitRules.PRODUCTION_FAST_FORWARD_FROM_STAGING);
        break;
      case MASTER:
        requireProductionCommit(pushed);
        break;
      default:
        break;
    }
  }

  private void requireHeldBy(EnvironmentType source, RevCommit pushed, RuleDescriptor rule) throws IOException {
    String sourceBranch = rules.mapping().branchOf(source);
    Optional<RevCommit> sourceTip = rules.tip(source);
    if (sourceTip.isEmpty()) {
      refuse(rule, "The " + environment.label() + " branch only takes commits that " + source.label()
          + " holds, and the " + source.label() + " branch '" + sourceBranch + "' does not exist or cannot be"
          + " read. Push " + sourceBranch + " first.");
      return;
    }
    if (!rules.ancestry().holds(sourceTip.get(), pushed)) {
      refuse(rule, "Commit " + pushed.name().substring(0, 12) + " is not on " + source.label() + ": a change"
          + " made straight on " + environment.label() + " is refused. Push it to " + sourceBranch
          + " first, then promote: git push origin " + sourceBranch + ":" + rules.mapping().branchOf(environment)
          + ".");
    }
  }

  private void requireProductionCommit(RevCommit pushed) {
    Optional<RevCommit> production = rules.tip(PRODUCTION);
    if (production.isEmpty()) {
      return; // D-GIT-5: before production exists, master is the project's first branch and moves freely.
    }
    if (!production.get().equals(pushed)) {
      String productionBranch = rules.mapping().branchOf(PRODUCTION);
      refuse(GitRules.MASTER_ONLY_TO_PRODUCTION, "Master only takes production's commit "
          + production.get().name().substring(0, 12) + ", not " + pushed.name().substring(0, 12)
          + ". Push a copy of production: git push origin " + productionBranch + ":"
          + rules.mapping().branchOf(MASTER) + ".");
    }
  }

  private void yamlChanges(Optional<RevCommit> old, RevCommit pushed) throws IOException {
    List<String> changed;
    try (ObjectReader reader = rules.reader()) {
      changed = ConfigurationFiles.changed(reader, old, pushed);
    }
    for (String file : changed) {
      findings.add(GitRules.YAML_NOT_SELF_SERVICE
          .diagnostic("This push changes " + file + " on " + environment.label() + ", where YAML configuration"
              + " is not self-service: the change may need an Adobe support ticket to take effect.")
          .location(Location.builder().file(file).path(update.refName()).build())
          .putDetails("environment", environment.label())
          .build());
    }
  }

  private void refuse(RuleDescriptor rule, String message) {
    findings.add(PushRules.at(rule.diagnostic(message), update));
  }
}
