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
    // Loops rather than streams in the model's lookups: checks call them for every project they validate.
    for (ConfigFile file : files()) {
      if (file.path().equals(path)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /** The service with this id. */
  public Optional<ServiceConfig> service(String id) {
    for (ServiceConfig service : services()) {
      if (service.id().equals(id)) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  /** The application with this name. */
  public Optional<ApplicationConfig> application(String name) {
    for (ApplicationConfig app : applications()) {
      if (app.name().isPresent() && app.name().get().equals(name)) {
        return Optional.of(app);
      }
    }
    return Optional.empty();
  }
}
