package dev.proarch.yaml.internal.schema;

import static dev.proarch.yaml.internal.schema.Shape.any;
import static dev.proarch.yaml.internal.schema.Shape.integer;
import static dev.proarch.yaml.internal.schema.Shape.mapOf;
import static dev.proarch.yaml.internal.schema.Shape.object;
import static dev.proarch.yaml.internal.schema.Shape.oneOfValues;
import static dev.proarch.yaml.internal.schema.Shape.string;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The structure and format rules of {@code .magento/services.yaml} (config-spec.md 3). */
public final class ServicesChecks {
  private static final Pattern SERVICE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern SERVICE_TYPE =
      Pattern.compile("([a-z][a-z0-9-]*):(\\d+(?:\\.\\d+)*)(-rc\\d*)?");
  /** Adobe's services plus the Platform.sh registry names real projects use. */
  private static final Set<String> KNOWN_TYPES =
      Set.of(
          "mysql", "mariadb", "oracle-mysql", "redis", "valkey", "elasticsearch", "opensearch", "rabbitmq",
          "activemq-artemis", "solr", "varnish", "memcached", "network-storage", "kafka", "postgresql",
          "mongodb", "influxdb", "chrome-headless", "vault-kms", "redis-persistent", "elasticsearch-enterprise");
  /** Minimum disks from the Platform.sh registry ({@code min_disk_size}). */
  private static final Map<String, Integer> MIN_DISK =
      Map.of(
          "mysql", 256, "mariadb", 256, "oracle-mysql", 256, "opensearch", 256, "elasticsearch", 256,
          "solr", 256, "rabbitmq", 512, "kafka", 512);
  private static final Set<String> PERSISTENT =
      Set.of(
          "mysql", "mariadb", "oracle-mysql", "elasticsearch", "opensearch", "rabbitmq", "solr",
          "activemq-artemis", "network-storage", "postgresql", "kafka", "mongodb", "redis-persistent");

  /** MariaDB/MySQL configuration (config-spec.md 3.3); its endpoints feed the relationship checks. */
  private static final Shape MYSQL_CONFIGURATION =
      object()
          .field("schemas", Shape.listOf(string()))
          .field(
              "endpoints",
              mapOf(
                  object()
                      .field("default_schema", string())
                      .field("privileges", mapOf(oneOfValues("ro", "rw", "admin")))))
          .field("properties", mapOf(Shape.scalar()))
          .field("rotate_passwords", Shape.bool());
  private static final Set<String> MYSQL_TYPES = Set.of("mysql", "mariadb", "oracle-mysql");

  private static final Shape SERVICE =
      object()
          .required("type", string())
          .field("disk", integer())
          .field("configuration", mapOf(any()))
          .field("relationships", mapOf(string()))
          .field("size", oneOfValues("AUTO", "S", "M", "L", "XL", "2XL", "4XL"))
          .field("access", any())
          .field("firewall", any())
          .field("resources", any());

  private ServicesChecks() {}

  public static void check(ConfigNode root, Findings findings) {
    if (root.isNull()) {
      return;
    }
    Optional<ConfigMapping> services = root.asMapping();
    if (services.isEmpty()) {
      Shape.typeError(root, "a mapping of services", findings);
      return;
    }
    for (ConfigEntry service : services.get().entries()) {
      id(service, findings);
      if (service.value().isNull()) {
        findings.add(
            ConfigRules.REQUIRED_KEY,
            service.key().location(),
            "The service '" + service.name() + "' has no type.",
            "key", "type");
        continue;
      }
      SERVICE.check(service.value(), findings);
      if (service.value() instanceof ConfigMapping body) {
        formats(service.name(), body, findings);
        if (body.get("relationships").orElse(null) instanceof ConfigMapping relationships) {
          RelationshipChecks.relationships(relationships, findings);
        }
      }
    }
  }

  private static void id(ConfigEntry service, Findings findings) {
    if (!SERVICE_ID.matcher(service.name()).matches()) {
      findings.add(
          ConfigRules.SERVICE_ID_FORMAT,
          service.key().location(),
          "The service id '" + service.name()
              + "' may contain only lowercase letters, digits, hyphens and underscores.",
          "actual", service.name());
    }
  }

  private static void formats(String id, ConfigMapping service, Findings findings) {
    Optional<ConfigScalar> type = scalar(service, "type");
    if (type.isEmpty() || type.get().kind() != ScalarKind.STRING) {
      return;
    }
    Matcher matcher = SERVICE_TYPE.matcher(type.get().text());
    if (!matcher.matches()) {
      findings.add(
          ConfigRules.SERVICE_TYPE_FORMAT,
          type.get().location(),
          "The service type '" + type.get().text() + "' does not have the form name:version, such as"
              + " mysql:10.6.",
          "actual", type.get().text());
      return;
    }
    String name = matcher.group(1);
    if (matcher.group(3) != null) {
      findings.add(
          ConfigRules.RELEASE_CANDIDATE_IMAGE,
          type.get().location(),
          "The service '" + id + "' uses the release-candidate image '" + type.get().text() + "'.",
          "actual", type.get().text());
    }
    if (!KNOWN_TYPES.contains(name)) {
      findings.add(
          ConfigRules.SERVICE_TYPE_UNKNOWN,
          type.get().location(),
          "The service type '" + name + "' is not one the platform offers" + DidYouMean.suffix(name, KNOWN_TYPES),
          "actual", name);
      return;
    }
    disk(id, name, service, findings);
    if (MYSQL_TYPES.contains(name)) {
      Optional<ConfigNode> configuration = service.get("configuration");
      if (configuration.isPresent()) {
        MYSQL_CONFIGURATION.check(configuration.get(), findings);
      }
    }
  }

  private static void disk(String id, String type, ConfigMapping service, Findings findings) {
    Optional<ConfigScalar> disk = scalar(service, "disk");
    if (disk.isEmpty() || disk.get().isNull()) {
      if (PERSISTENT.contains(type)) {
        findings.add(
            ConfigRules.SERVICE_DISK_MISSING,
            service.entry("type").get().key().location(),
            "The " + type + " service '" + id + "' stores data but declares no disk.",
            "service", id);
      }
      return;
    }
    Integer minimum = MIN_DISK.get(type);
    Optional<BigInteger> value = disk.get().asInteger();
    if (minimum != null && value.isPresent() && value.get().compareTo(BigInteger.valueOf(minimum)) < 0) {
      findings.add(
          ConfigRules.SERVICE_DISK_TOO_SMALL,
          disk.get().location(),
          "The disk of " + value.get() + " MB is below the minimum of " + minimum + " MB for " + type + ".",
          "actual", value.get().toString(),
          "minimum", minimum.toString());
    }
  }

  /** The value of a key when it is a scalar. */
  private static Optional<ConfigScalar> scalar(ConfigMapping mapping, String key) {
    return mapping.get(key).orElse(null) instanceof ConfigScalar scalar ? Optional.of(scalar) : Optional.empty();
  }
}
