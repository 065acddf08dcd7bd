package dev.proarch.yaml.internal.schema;

import static dev.proarch.yaml.internal.schema.Shape.any;
import static dev.proarch.yaml.internal.schema.Shape.bool;
import static dev.proarch.yaml.internal.schema.Shape.integer;
import static dev.proarch.yaml.internal.schema.Shape.listOf;
import static dev.proarch.yaml.internal.schema.Shape.mapOf;
import static dev.proarch.yaml.internal.schema.Shape.object;
import static dev.proarch.yaml.internal.schema.Shape.oneOf;
import static dev.proarch.yaml.internal.schema.Shape.oneOfValues;
import static dev.proarch.yaml.internal.schema.Shape.scalar;
import static dev.proarch.yaml.internal.schema.Shape.string;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The structure of {@code .magento.app.yaml} (config-spec.md 2). */
final class AppSchema {
  static final Shape DURATION = oneOf(integer(), string());
  static final Shape PASSTHRU = oneOf(bool(), string());

  private static final Shape WEB_RULE =
      object()
          .field("passthru", PASSTHRU)
          .field("expires", DURATION)
          .field("allow", bool())
          .field("scripts", bool())
          .field("headers", mapOf(scalar()));

  private static final Shape WEB_LOCATION =
      object()
          .field("root", string())
          .field("passthru", PASSTHRU)
          .field("index", listOf(string()))
          .field("expires", DURATION)
          .field("allow", bool())
          .field("scripts", bool())
          .field("headers", mapOf(scalar()))
          .field("rules", mapOf(WEB_RULE))
          .field(
              "request_buffering",
              object().required("enabled", bool()).field("max_request_size", oneOf(string(), integer())));

  private static final Shape WEB =
      object()
          .field("locations", mapOf(WEB_LOCATION))
          .field(
              "commands",
              object().field("pre_start", string()).required("start", string()).field("post_start", string()))
          .field(
              "upstream",
              object()
                  .field("socket_family", oneOfValues("tcp", "unix"))
                  .field("protocol", oneOfValues("http", "fastcgi")))
          .field("document_root", string())
          .field("passthru", PASSTHRU)
          .field("index_files", listOf(string()))
          .field("whitelist", listOf(string()))
          .field("blacklist", listOf(string()))
          .field("expires", DURATION)
          .field("move_to_root", bool());

  private static final Shape MOUNT =
      oneOf(
          string(),
          object().required("source", string()).field("source_path", string()).field("service", string()));

  private static final Shape CRON =
      object()
          .required("spec", string())
          .field("cmd", string())
          .field("commands", object().required("start", string()).field("stop", string()))
          .field("shutdown_timeout", integer())
          .field("timeout", integer());

  private static final Shape FIREWALL =
      object()
          .field(
              "outbound",
              listOf(
                  object()
                      .field("domains", listOf(string()))
                      .field("ips", listOf(string()))
                      .field("ports", listOf(integer()))
                      .field("protocol", oneOfValues("tcp"))));

  private static final Shape ACCESS = object().field("ssh", oneOfValues("admin", "contributor", "viewer"));
  private static final Shape SIZE = oneOfValues("AUTO", "S", "M", "L", "XL", "2XL", "4XL");
  private static final Shape RESOURCES =
      object().field("base_memory", integer()).field("memory_ratio", integer());

  private static final Shape WORKER =
      object()
          .required("commands", object().required("start", string()).field("stop", string()))
          .field("size", SIZE)
          .field("disk", integer())
          .field("mounts", mapOf(MOUNT))
          .field("relationships", mapOf(any()))
          .field("variables", mapOf(mapOf(any())))
          .field("access", ACCESS)
          .field("firewall", FIREWALL)
          .field("timezone", string())
          .field("resources", RESOURCES);

  static final Shape.ObjectShape APPLICATION =
      object()
          .field("name", string())
          .field("type", string())
          .field(
              "build",
              object()
                  .field("flavor", oneOfValues("composer", "none"))
                  .field(
                      "caches",
                      mapOf(
                          object()
                              .field("directory", string())
                              .required("watch", listOf(string()))
                              .field("allow_stale", bool())
                              .field("share_between_apps", bool()))))
          .field(
              "dependencies",
              object()
                  .field("php", mapOf(scalar()))
                  .field("nodejs", mapOf(scalar()))
                  .field("ruby", mapOf(scalar()))
                  .field("python", mapOf(scalar()))
                  .field("python2", mapOf(scalar()))
                  .field("python3", mapOf(scalar())))
          .field(
              "runtime",
              object()
                  .field(
                      "extensions",
                      listOf(oneOf(string(), object().required("name", string()).field("configuration", any()))))
                  .field("disabled_extensions", listOf(string()))
                  .field("request_terminate_timeout", integer())
                  .field(
                      "sizing_hints",
                      object().field("request_memory", integer()).field("reserved_memory", integer()))
                  .field("xdebug", any()))
          .field("disk", integer())
          .field("mounts", mapOf(MOUNT))
          .field("relationships", mapOf(any()))
          .field("web", WEB)
          .field("workers", mapOf(WORKER))
          .field(
              "hooks",
              object().field("build", string()).field("deploy", string()).field("post_deploy", string()))
          .field("crons", mapOf(CRON))
          .field("variables", mapOf(mapOf(any())))
          .field("firewall", FIREWALL)
          .field("access", ACCESS)
          .field("size", SIZE)
          .field("resources", RESOURCES)
          .field(
              "source",
              object()
                  .field("root", string())
                  .field("operations", mapOf(object().required("command", string()))))
          .field("timezone", string())
          .field("additional_hosts", mapOf(string()))
          .field(
              "preflight",
              object().required("enabled", bool()).field("ignored_rules", listOf(string())))
          .field("stack", any())
          .field("operations", any())
          .misplaced("cmd", "crons.<name>")
          .misplaced("spec", "crons.<name>")
          .misplaced("locations", "web")
          .misplaced("passthru", "web.locations.<path>")
          .misplaced("root", "web.locations.<path>")
          .misplaced("extensions", "runtime")
          .misplaced("flavor", "build")
          .misplaced("deploy", "hooks")
          .misplaced("post_deploy", "hooks")
          .misplaced("database", "relationships")
          .misplaced("redis", "relationships")
          .misplaced("env", "variables")
          .misplaced("php", "dependencies or variables")
          .check(new NameAndType());

  private AppSchema() {}

  /** {@code name} is required, and {@code type} unless the composable {@code stack} is used. */
  private static final class NameAndType implements BiConsumer<ConfigMapping, Findings> {
    @Override
    public void accept(ConfigMapping app, Findings findings) {
      for (String key : new String[] {"name", "type"}) {
        if (key.equals("type") && app.has("stack")) {
          continue;
        }
        Optional<ConfigEntry> entry = app.entry(key);
        if (entry.isEmpty() || entry.get().value().isNull()) {
          ConfigNode where = entry.isPresent() ? entry.get().key() : app;
          findings.add(
              ConfigRules.REQUIRED_KEY,
              where.location(),
              "The required key '" + key + "' is missing or empty.",
              "key", key);
        }
      }
    }
  }
}
