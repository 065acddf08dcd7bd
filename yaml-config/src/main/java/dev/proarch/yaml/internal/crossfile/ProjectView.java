package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigFile;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.FileKind;
import dev.proarch.yaml.model.ProjectConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Questions several project checks ask of the configuration: which files parsed, which apps run Commerce. */
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
    return config.files().stream().filter(file -> file.kind() == kind).allMatch(file -> file.root().isPresent());
  }

  /** True when services.yaml was found and parsed, so that service ids can be checked against it. */
  boolean servicesKnown() {
    return config.file(FileKind.SERVICES.defaultPath()).flatMap(ConfigFile::root).isPresent();
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
    return service.typeName().map(name -> name.trim().toLowerCase(Locale.ROOT));
  }

  /** The text of app/etc/config.php, when the project holds it. */
  static Optional<String> configPhp(ProjectContext context) {
    return context.rawFile().apply(CONFIG_PHP).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /** Where a key of the application's document is written, or where its name is. */
  static Location keyLocation(ApplicationConfig app, String key) {
    return app.root().entry(key).map(entry -> entry.key().location()).orElse(app.nameLocation());
  }


  /** The keys of a mapping under the path, such as the custom endpoints of a MySQL service. */
  static List<String> keysAt(ConfigMapping root, String... path) {
    Optional<ConfigMapping> current = Optional.of(root);
    for (String key : path) {
      current = current.flatMap(mapping -> mapping.mapping(key));
    }
    return current.map(mapping -> mapping.entries().stream().map(ConfigEntry::name).toList()).orElse(List.of());
  }
}
