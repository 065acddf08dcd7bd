package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PRO-CFG-104 and PRO-CFG-105: the Commerce (PHP) applications mount the four directories the Pro
 * cluster keeps on GlusterFS. var, app/etc and pub/media must be writable for Commerce to run; pub/static
 * may instead be built into the read-only slug, so it is a notice (D-XF-6).
 */
public final class SharedMountCheck implements ProjectCheck {
  private static final List<String> WRITABLE = List.of("var", "app/etc", "pub/media");
  private static final String STATIC = "pub/static";

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : new ProjectView(context.config()).commerceApplications()) {
      Set<String> mounted = app.mounts().stream().map(SharedMountCheck::normalised).collect(Collectors.toSet());
      List<String> missing = WRITABLE.stream().filter(dir -> !mounted.contains(dir)).toList();
      if (!missing.isEmpty()) {
        found.add(CrossFileRules.SHARED_MOUNT_MISSING
            .diagnostic("The application mounts no " + String.join(", ", missing)
                + "; outside mounts the deployed file system is read-only.")
            .location(ProjectView.keyLocation(app, "mounts"))
            .putDetails("missing", String.join(", ", missing))
            .build());
      }
      if (!mounted.contains(STATIC)) {
        found.add(CrossFileRules.STATIC_MOUNT_MISSING
            .diagnostic("The application has no pub/static mount, unlike the template and the Pro cluster's"
                + " shared directories; static content must then be generated at build.")
            .location(ProjectView.keyLocation(app, "mounts"))
            .build());
      }
    }
    return found;
  }

  /** {@code /var/}, {@code var} and {@code "var/"} are the same mount. */
  static String normalised(Mount mount) {
    String path = mount.path().trim();
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }
}
