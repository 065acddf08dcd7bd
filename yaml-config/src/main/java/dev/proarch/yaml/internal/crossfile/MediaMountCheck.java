package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PRO-CFG-123: a web location whose root is pub/media (or a directory in it) in an application that mounts
 * neither pub/media nor a directory above it. pub/static, which a build may fill, is PRO-CFG-105's (D-XF-14).
 */
public final class MediaMountCheck implements ProjectCheck {
  private static final String MEDIA = "pub/media";

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : new ProjectView(context.config()).commerceApplications()) {
      if (mountsMedia(app)) {
        continue;
      }
      Optional<ConfigMapping> locations = app.root().mapping("web").flatMap(web -> web.mapping("locations"));
      for (ConfigEntry location : locations.map(ConfigMapping::entries).orElse(List.of())) {
        Optional<ConfigNode> root = location.value().asMapping().flatMap(object -> object.get("root"));
        Optional<String> path = root.flatMap(ConfigNode::asText).map(MediaMountCheck::normalised);
        if (path.filter(MediaMountCheck::isMedia).isPresent()) {
          found.add(CrossFileRules.MEDIA_ROOT_NOT_MOUNTED
              .diagnostic("The location '" + location.name() + "' serves " + path.get() + ", which is not a mount"
                  + " of application '" + app.name().orElse(app.file()) + "': uploaded media cannot be written"
                  + " there at runtime.")
              .location(root.get().location())
              .putDetails("root", path.get())
              .build());
        }
      }
    }
    return found;
  }

  private static boolean mountsMedia(ApplicationConfig app) {
    return app.mounts().stream().anyMatch(MediaMountCheck::covers);
  }

  private static boolean isMedia(String path) {
    return path.equals(MEDIA) || path.startsWith(MEDIA + "/");
  }

  /** Without leading {@code ./} or slashes and trailing slashes: {@code /pub/media/} is {@code pub/media}. */
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

  /** True when the mount is pub/media or a directory above it. */
  private static boolean covers(Mount mount) {
    String path = normalised(mount.path());
    return MEDIA.equals(path) || MEDIA.startsWith(path + "/");
  }
}
