package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigFile;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.FileKind;
import dev.proarch.yaml.model.ProjectConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Questions several project checks ask of the configuration: which files parsed, which apps run Commerce.
 * The project checks use loops rather than lambdas and streams, whose call sites are linked on first use
 * at every command start (docs/performance.md).
 */
final class ProjectView {
  /** Commerce's shared configuration, which ece-tools reads beside the four YAML files. */
  static final String CONFIG_PHP = "app/etc/config.php";

  private final ProjectConfig config;

  ProjectView(ProjectConfig config) {
    this.config = config;
  }

  ProjectConfig config() {
    return config;
  }

  /** True when every file of this kind that was found parsed; a broken file hides its content. */
  boolean allParsed(FileKind kind) {
    for (ConfigFile file : config.files()) {
      if (file.kind() == kind && file.root().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** True when services.yaml was found and parsed, so that service ids can be checked against it. */
  boolean servicesKnown() {
    Optional<ConfigFile> services = config.file(FileKind.SERVICES.defaultPath());
    return services.isPresent() && services.get().root().isPresent();
  }

  /** True when at least one application file was found and all of them parsed. */
  boolean applicationsKnown() {
    return !config.applications().isEmpty() && allParsed(FileKind.APPLICATION);
  }

  /** The applications that run Commerce: PHP ones. ece-tools runs in them and reads their relationships. */
  List<ApplicationConfig> commerceApplications() {
    // A loop: most project checks ask this first, for every project validated.
    List<ApplicationConfig> commerce = new ArrayList<>();
    for (ApplicationConfig app : config.applications()) {
      Optional<String> runtime = app.runtime();
      if (runtime.isPresent() && runtime.get().trim().equals("php")) {
        commerce.add(app);
      }
    }
    return List.copyOf(commerce);
  }

  /** The service type name in lower case, such as {@code mysql}; empty when the service has no type. */
  static Optional<String> typeName(ServiceConfig service) {
    Optional<String> name = service.typeName();
    return name.isPresent() ? Optional.of(name.get().trim().toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** The text of app/etc/config.php, when the project holds it. */
  static Optional<String> configPhp(ProjectContext context) {
    Optional<byte[]> bytes = context.rawFile().apply(CONFIG_PHP);
    return bytes.isPresent() ? Optional.of(new String(bytes.get(), StandardCharsets.UTF_8)) : Optional.empty();
  }

  /** Where a key of the application's document is written, or where its name is. */
  static Location keyLocation(ApplicationConfig app, String key) {
    Optional<ConfigEntry> entry = app.root().entry(key);
    return entry.isPresent() ? entry.get().key().location() : app.nameLocation();
  }

  /** Where the value of a key of the mapping is written, or {@code otherwise} when the key is absent. */
  static Location valueLocation(ConfigMapping mapping, String key, Location otherwise) {
    Optional<ConfigNode> value = mapping.get(key);
    return value.isPresent() ? value.get().location() : otherwise;
  }

  /** The keys of a mapping under the path, such as the custom endpoints of a MySQL service. */
  static List<String> keysAt(ConfigMapping root, String... path) {
    ConfigMapping current = root;
    for (String key : path) {
      Optional<ConfigMapping> next = current.mapping(key);
      if (next.isEmpty()) {
        return List.of();
      }
      current = next.get();
    }
    List<String> keys = new ArrayList<>();
    for (ConfigEntry entry : current.entries()) {
      keys.add(entry.name());
    }
    return keys;
  }
}
