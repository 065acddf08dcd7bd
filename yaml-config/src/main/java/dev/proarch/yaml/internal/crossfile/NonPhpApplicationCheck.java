package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * PRO-CFG-121: an application whose runtime is not PHP. Valid on the platform (config-spec 8), so only a
 * notice that Adobe documents and supports the PHP application alone.
 */
public final class NonPhpApplicationCheck implements ProjectCheck {

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : context.config().applications()) {
      String runtime = app.runtime().isPresent() ? app.runtime().get().trim() : "php";
      if (!runtime.isEmpty() && !runtime.equals("php")) {
        found.add(CrossFileRules.NON_PHP_APPLICATION
            .diagnostic("Application '" + app.name().orElse(app.file()) + "' runs " + app.type().get().trim()
                + "; Adobe documents PHP as the supported runtime for Commerce applications.")
            .location(ProjectView.valueLocation(app.root(), "type", app.nameLocation()))
            .putDetails("runtime", runtime)
            .build());
      }
    }
    return found;
  }
}
