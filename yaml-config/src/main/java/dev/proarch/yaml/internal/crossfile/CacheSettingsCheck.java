package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.EnvVariable;
import dev.proarch.yaml.model.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * PRO-CFG-109: a REDIS_* or VALKEY_* variable of .magento.env.yaml while no Commerce application has the
 * relationship ece-tools reads for it (platform-checks.md d). Skipped unless every application file parsed.
 */
public final class CacheSettingsCheck implements ProjectCheck {

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    ProjectView view = new ProjectView(context.config());
    if (context.config().environment().isEmpty() || !view.applicationsKnown()
        || view.commerceApplications().isEmpty()) {
      return List.of();
    }
    boolean redis = false;
    boolean valkey = false;
    for (ApplicationConfig app : view.commerceApplications()) {
      for (Relationship relationship : app.relationships()) {
        redis |= EceRelationshipNameCheck.readableNames("redis").contains(relationship.name());
        valkey |= EceRelationshipNameCheck.readableNames("valkey").contains(relationship.name());
      }
    }
    List<Diagnostic> found = new ArrayList<>();
    for (EnvVariable variable : context.config().environment().get().variables()) {
      if ((variable.name().startsWith("REDIS_") && !redis) || (variable.name().startsWith("VALKEY_") && !valkey)) {
        String relationship = variable.name().startsWith("REDIS_") ? "redis" : "valkey";
        found.add(CrossFileRules.CACHE_SETTINGS_WITHOUT_SERVICE
            .diagnostic(variable.name() + " is set, but no application has a " + relationship
                + " relationship, so ece-tools has nothing to apply it to.")
            .location(variable.location())
            .putDetails("variable", variable.name())
            .putDetails("relationship", relationship)
            .build());
      }
    }
    return found;
  }
}
