package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.RouteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PRO-CFG-102: every upstream route names an application of the project. Skipped when an application
 * file is missing, broken or nameless, because the name could be in it (D-XF-3).
 */
public final class UpstreamCheck implements ProjectCheck {

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    ProjectView view = new ProjectView(context.config());
    if (!view.applicationsKnown()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (ApplicationConfig app : context.config().applications()) {
      if (app.name().isEmpty()) {
        return List.of();
      }
      names.add(app.name().get());
    }
    List<Diagnostic> found = new ArrayList<>();
    for (RouteConfig route : context.config().routes()) {
      Optional<String> written = route.upstreamApplication();
      String application = written.isPresent() ? written.get().trim() : "";
      boolean upstream = route.type().isPresent() && route.type().get().equals("upstream");
      if (upstream && !application.isEmpty()
          && !names.contains(application) && context.config().service(application).isEmpty()) {
        found.add(CrossFileRules.UPSTREAM_APPLICATION_UNDEFINED
            .diagnostic("Route upstream '" + route.upstream().get() + "' names application '"
                + application + "', but the project's applications are " + String.join(", ", names) + ".")
            .location(ProjectView.valueLocation(route.node(), "upstream", route.location()))
            .putDetails("application", application)
            .putDetails("applications", String.join(", ", names))
            .build());
      }
    }
    return found;
  }
}
