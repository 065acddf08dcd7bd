package dev.proarch.cli;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Severity;
import dev.proarch.git.GitRules;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.UnreadableRepositoryException;
import dev.proarch.git.WorkflowSettings;
import dev.proarch.git.guard.BranchGuard;
import dev.proarch.yaml.ConfigValidator;
import dev.proarch.yaml.ProjectSource;
import dev.proarch.yaml.ValidationOptions;
import dev.proarch.yaml.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates the Cloud configuration of a commit pushed to staging or production, read from the commit's
 * tree, and refuses it when the configuration has errors (D-GIT-10). The errors themselves are passed on,
 * with their files and lines, followed by one {@code PRO-GIT-018} finding that says why the push is refused.
 */
final class GitConfigurationCheck implements GitPreReceiveCommand.PushedCommitCheck {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();

  @Override
  public List<Diagnostic> check(BranchGuard guard, WorkflowSettings settings, RefUpdate update) {
    Optional<EnvironmentType> environment = settings.mapping().environmentOfRef(update.refName());
    if (environment.isEmpty() || !environment.get().isDedicated() || update.isDelete()) {
      return List.of();
    }
    ValidationResult result;
    try {
      ProjectSource source = ProjectSource.ofFiles(guard.cloudFiles(update.newId()));
      result = VALIDATOR.validate(source, ValidationOptions.builder().environment(environment.get()).build());
    } catch (UnreadableRepositoryException e) {
      return List.of(e.diagnostic());
    }
    List<Diagnostic> errors = new ArrayList<>();
    for (Diagnostic finding : result.diagnostics()) {
      if (finding.severity() == Severity.ERROR) {
        errors.add(finding);
      }
    }
    if (errors.isEmpty()) {
      return List.of();
    }
    errors.add(GitRules.PUSHED_CONFIGURATION_VALID
        .diagnostic("The Cloud configuration of commit " + update.newId().substring(0, 12) + " has "
            + errors.size() + (errors.size() == 1 ? " error" : " errors") + ", so " + environment.get().label()
            + " refuses it.")
        .location(Location.ofPath(update.refName()))
        .putDetails("errors", Integer.toString(errors.size()))
        .build());
    return errors;
  }
}
