package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
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
    if (!view.applicationsKnown()
        || context.config().applications().stream().anyMatch(app -> app.name().isEmpty())) {
      return List.of();
    }
    List<String> names =
        context.config().applications().stream().map(app -> app.name().get()).toList();
    List<Diagnostic> found = new ArrayList<>();
    for (RouteConfig route : context.config().routes()) {
      Optional<String> application = route.upstreamApplication().map(String::trim);
      boolean upstream = route.type().map(type -> type.equals("upstream")).orElse(false);
      if (upstream && application.isPresent() && !application.get().isEmpty()
          && !names.contains(application.get()) && context.config().service(application.get()).isEmpty()) {
        found.add(CrossFileRules.UPSTREAM_APPLICATION_UNDEFINED
            .diagnostic("Route upstream '" + route.upstream().get() + "' names application '"
                + application.get() + "', but the project's applications are " + String.join(", ", names) + ".")
            .location(route.node().get("upstream").map(node -> node.location()).orElse(route.location()))
            .putDetails("application", application.get())
            .putDetails("applications", String.join(", ", names))
            .build());
      }
    }
    return found;
  }
}
