package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.policy.integration.IntegrationRules;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigFile;
import dev.proarch.yaml.model.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With a target environment: on integration, enabled cron jobs are the policy's PRO-INT-003; where YAML
 * is not applied self-service (Pro staging and production), one PRO-CFG-120 notice each for the services,
 * the routes and the crons, which change through a support request (D-XF-10).
 */
public final class EnvironmentCheck implements ProjectCheck {

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    if (context.environment().isEmpty()) {
      return List.of();
    }
    EnvironmentType environment = context.environment().get();
    List<Diagnostic> found = new ArrayList<>();
    if (environment == EnvironmentType.INTEGRATION) {
      for (ApplicationConfig app : context.config().applications()) {
        if (!app.crons().isEmpty()) {
          found.add(IntegrationRules.CRON_ENABLED
              .diagnostic("Cron jobs are left enabled on integration: " + app.crons().size()
                  + " job(s) in crons, starting with '" + app.crons().get(0).name() + "'.")
              .location(ProjectView.keyLocation(app, "crons"))
              .putDetails("crons", Integer.toString(app.crons().size()))
              .build());
        }
      }
    }
    if (!environment.capabilities().yamlConfiguration()) {
      supportRequest(context, environment, FileKind.SERVICES, "services", found);
      supportRequest(context, environment, FileKind.ROUTES, "routes", found);
      for (ApplicationConfig app : context.config().applications()) {
        if (!app.crons().isEmpty()) {
          found.add(notice(environment, "cron jobs", ProjectView.keyLocation(app, "crons")));
          break;
        }
      }
    }
    return found;
  }

  /** One notice for a file of this kind that the project holds and that parsed. */
  private static void supportRequest(
      ProjectContext context, EnvironmentType environment, FileKind kind, String what, List<Diagnostic> found) {
    Optional<ConfigFile> file = context.config().file(kind.defaultPath());
    if (file.isPresent() && file.get().root().isPresent()) {
      found.add(notice(environment, what, Location.ofFile(file.get().path())));
    }
  }

  private static Diagnostic notice(EnvironmentType environment, String what, Location location) {
    return CrossFileRules.SUPPORT_REQUEST_CHANGES
        .diagnostic("On " + environment.label() + ", changes to the " + what
            + " are not applied from this file self-service; they go through an Adobe Commerce Support ticket.")
        .location(location)
        .putDetails("environment", environment.label())
        .build();
  }
}
