package dev.proarch.yaml.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything read from a project: the files as documents, and typed views of them. A file that is absent
 * or did not parse contributes nothing to the typed views.
 */
@Value.Immutable
public abstract class ProjectConfig {

  /** The configuration files found, parsed or not, in path order. */
  public abstract List<ConfigFile> files();

  /** The root application first, then {@code <dir>/.magento.app.yaml} ones in path order. */
  public abstract List<ApplicationConfig> applications();

  public abstract List<ServiceConfig> services();

  public abstract List<RouteConfig> routes();

  public abstract Optional<EnvConfig> environment();

  public static ImmutableProjectConfig.Builder builder() {
    return ImmutableProjectConfig.builder();
  }

  /** The file at this path, if it was found. */
  public Optional<ConfigFile> file(String path) {
    return files().stream().filter(file -> file.path().equals(path)).findFirst();
  }

  /** The service with this id. */
  public Optional<ServiceConfig> service(String id) {
    return services().stream().filter(service -> service.id().equals(id)).findFirst();
  }

  /** The application with this name. */
  public Optional<ApplicationConfig> application(String name) {
    return applications().stream().filter(app -> app.name().equals(Optional.of(name))).findFirst();
  }
}
