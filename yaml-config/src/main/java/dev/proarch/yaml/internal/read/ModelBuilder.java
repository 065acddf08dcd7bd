package dev.proarch.yaml.internal.read;

import dev.proarch.core.rule.Location;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.Cron;
import dev.proarch.yaml.model.EnvConfig;
import dev.proarch.yaml.model.EnvVariable;
import dev.proarch.yaml.model.Mount;
import dev.proarch.yaml.model.Relationship;
import dev.proarch.yaml.model.RouteConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds the typed views from parsed documents, leniently: what does not fit is left out or empty. */
public final class ModelBuilder {
  private ModelBuilder() {}

  public static ApplicationConfig application(String file, ConfigNode root) {
    ConfigMapping app = mappingOrEmpty(root, file);
    return ApplicationConfig.builder()
        .file(file)
        .name(app.text("name"))
        .type(app.text("type"))
        .disk(integer(app.get("disk")))
        .addAllRelationships(relationships(app.mapping("relationships")))
        .addAllWorkerRelationships(workerRelationships(app.mapping("workers")))
        .addAllMounts(mounts(app.mapping("mounts")))
        .addAllCrons(crons(app.mapping("crons")))
        .root(app)
        .build();
  }

  public static List<ServiceConfig> services(String file, ConfigNode root) {
    List<ServiceConfig> services = new ArrayList<>();
    for (ConfigEntry entry : entries(root)) {
      ConfigMapping body = mappingOrEmpty(entry.value(), file);
      services.add(
          ServiceConfig.builder()
              .id(entry.name())
              .type(body.text("type"))
              .disk(integer(body.get("disk")))
              .node(body)
              .location(entry.key().location())
              .build());
    }
    return services;
  }

  public static List<RouteConfig> routes(String file, ConfigNode root) {
    List<RouteConfig> routes = new ArrayList<>();
    for (ConfigEntry entry : entries(root)) {
      ConfigMapping body = mappingOrEmpty(entry.value(), file);
      routes.add(
          RouteConfig.builder()
              .url(entry.name())
              .type(body.text("type"))
              .upstream(body.text("upstream"))
              .to(body.text("to"))
              .node(body)
              .location(entry.key().location())
              .build());
    }
    return routes;
  }

  public static EnvConfig environment(String file, ConfigNode root) {
    ConfigMapping env = mappingOrEmpty(root, file);
    var builder = EnvConfig.builder().file(file).root(env);
    for (ConfigEntry stage : entries(env.mapping("stage"))) {
      for (ConfigEntry variable : entries(stage.value())) {
        builder.addVariables(
            EnvVariable.builder()
                .stage(stage.name())
                .name(variable.name())
                .value(variable.value())
                .location(variable.key().location())
                .build());
      }
    }
    return builder.build();
  }

  private static List<Relationship> relationships(Optional<ConfigMapping> mapping) {
    List<Relationship> relationships = new ArrayList<>();
    for (ConfigEntry entry : entries(mapping)) {
      relationships.add(relationship(entry));
    }
    return relationships;
  }

  private static List<Relationship> workerRelationships(Optional<ConfigMapping> workers) {
    List<Relationship> relationships = new ArrayList<>();
    for (ConfigEntry worker : entries(workers)) {
      if (worker.value() instanceof ConfigMapping body) {
        relationships.addAll(relationships(body.mapping("relationships")));
      }
    }
    return relationships;
  }

  private static Relationship relationship(ConfigEntry entry) {
    var builder = Relationship.builder().name(entry.name()).location(entry.value().location());
    ConfigNode value = entry.value();
    if (value.isNull()) {
      return builder.form(Relationship.Form.NULL).service(entry.name()).build();
    }
    Optional<String> text = value.asText();
    if (text.isPresent() && text.get().contains(":")) {
      String[] parts = text.get().split(":", 2);
      return builder.form(Relationship.Form.STRING).service(parts[0]).endpoint(parts[1]).build();
    }
    if (value.isMapping()) {
      ConfigMapping object = (ConfigMapping) value;
      return builder
          .form(Relationship.Form.OBJECT)
          .service(object.text("service"))
          .endpoint(object.text("endpoint"))
          .build();
    }
    return builder.form(Relationship.Form.INVALID).build();
  }

  private static String stripLeadingSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static List<Mount> mounts(Optional<ConfigMapping> mapping) {
    List<Mount> mounts = new ArrayList<>();
    for (ConfigEntry entry : entries(mapping)) {
      var builder = Mount.builder().path(entry.name()).location(entry.key().location());
      Optional<String> text = entry.value().asText();
      if (text.isPresent()) {
        String subPath = text.get().startsWith("shared:files")
            ? stripLeadingSlash(text.get().substring("shared:files".length()))
            : text.get();
        builder.legacy(true).source("local").sourcePath(subPath);
      } else {
        ConfigMapping object = entry.value().asMapping().orElse(null);
        builder.legacy(false);
        if (object != null) {
          builder.source(object.text("source")).sourcePath(object.text("source_path")).service(object.text("service"));
        }
      }
      mounts.add(builder.build());
    }
    return mounts;
  }

  private static List<Cron> crons(Optional<ConfigMapping> mapping) {
    List<Cron> crons = new ArrayList<>();
    for (ConfigEntry entry : entries(mapping)) {
      ConfigMapping body = entry.value().asMapping().orElse(null);
      var builder = Cron.builder().name(entry.name()).location(entry.key().location());
      if (body != null) {
        Optional<String> command = body.text("cmd");
        if (command.isEmpty()) {
          Optional<ConfigMapping> commands = body.mapping("commands");
          command = commands.isPresent() ? commands.get().text("start") : Optional.empty();
        }
        builder.spec(body.text("spec")).command(command);
      }
      crons.add(builder.build());
    }
    return crons;
  }

  private static OptionalInt integer(Optional<ConfigNode> node) {
    Optional<Integer> value = node.isPresent() && node.get() instanceof ConfigScalar scalar
        ? scalar.asInt()
        : Optional.empty();
    return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
  }

  /** The entries of a node that is a mapping; none for anything else. */
  private static List<ConfigEntry> entries(ConfigNode node) {
    return node instanceof ConfigMapping mapping ? mapping.entries() : List.of();
  }

  private static List<ConfigEntry> entries(Optional<ConfigMapping> mapping) {
    return mapping.isPresent() ? mapping.get().entries() : List.of();
  }

  private static ConfigMapping mappingOrEmpty(ConfigNode node, String file) {
    return node instanceof ConfigMapping mapping ? mapping : emptyMapping(file);
  }

  private static ConfigMapping emptyMapping(String file) {
    return ConfigMapping.builder().location(Location.ofFile(file)).build();
  }
}
