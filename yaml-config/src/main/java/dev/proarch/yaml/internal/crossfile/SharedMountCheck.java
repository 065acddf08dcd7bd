package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.Mount;
import java.util.ArrayList;
import java.util.List;

/**
 * PRO-CFG-104 and PRO-CFG-105: the Commerce (PHP) applications mount the four directories the Pro
 * cluster keeps on GlusterFS. var, app/etc and pub/media must be writable for Commerce to run; pub/static
 * may instead be built into the read-only slug, so it is a notice (D-XF-6). A mount of a directory above
 * one of them covers it. Together they hold config-spec X12 for the roots Commerce serves (D-XF-14).
 */
public final class SharedMountCheck implements ProjectCheck {
  private static final List<String> WRITABLE = List.of("var", "app/etc", "pub/media");
  private static final String STATIC = "pub/static";

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : new ProjectView(context.config()).commerceApplications()) {
      List<String> missing = new ArrayList<>();
      for (String directory : WRITABLE) {
        if (!mounts(app, directory)) {
          missing.add(directory);
        }
      }
      if (!missing.isEmpty()) {
        found.add(CrossFileRules.SHARED_MOUNT_MISSING
            .diagnostic("The application mounts no " + String.join(", ", missing)
                + "; outside mounts the deployed file system is read-only.")
            .location(ProjectView.keyLocation(app, "mounts"))
            .putDetails("missing", String.join(", ", missing))
            .build());
      }
      if (!mounts(app, STATIC)) {
        found.add(CrossFileRules.STATIC_MOUNT_MISSING
            .diagnostic("The application has no pub/static mount, unlike the template and the Pro cluster's"
                + " shared directories; static content must then be generated at build.")
            .location(ProjectView.keyLocation(app, "mounts"))
            .build());
      }
    }
    return found;
  }

  /**
   * True when a mount of the application covers the directory: the directory itself or one above it.
   * {@code /var/}, {@code var} and {@code "var/"} are the same mount.
   */
  static boolean mounts(ApplicationConfig app, String directory) {
    for (Mount mount : app.mounts()) {
      String path = normalised(mount.path());
      if (directory.equals(path) || directory.startsWith(path + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Without surrounding spaces, a leading {@code ./}, and leading or trailing slashes. */
  static String normalised(String path) {
    String result = path.trim();
    if (result.startsWith("./")) {
      result = result.substring(2);
    }
    int start = 0;
    int end = result.length();
    while (start < end && result.charAt(start) == '/') {
      start++;
    }
    while (end > start && result.charAt(end - 1) == '/') {
      end--;
    }
    return result.substring(start, end);
  }
}
