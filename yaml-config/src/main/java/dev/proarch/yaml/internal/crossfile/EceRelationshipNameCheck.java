package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ProjectConfig;
import dev.proarch.yaml.model.Relationship;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PRO-CFG-107: in a Commerce (PHP) application, each kind of service ece-tools configures (database,
 * Redis, Valkey, search, RabbitMQ, ActiveMQ) is reached under at least one name ece-tools reads. Extra
 * relationships under other names (mbi: "mysql:mbi") are fine as long as one readable name exists.
 */
public final class EceRelationshipNameCheck implements ProjectCheck {
  private static final Map<String, List<String>> NAMES_BY_TYPE = names();

  /** The relationship names ece-tools reads for a service type; none for a type it does not configure. */
  static List<String> readableNames(String type) {
    return NAMES_BY_TYPE.getOrDefault(type, List.of());
  }

  private static Map<String, List<String>> names() {
    List<String> database = List.of("database", "database-slave", "database-quote", "database-quote-slave",
        "database-sales", "database-sales-slave");
    List<String> search = List.of("elasticsearch", "opensearch");
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("mysql", database);
    names.put("mariadb", database);
    names.put("oracle-mysql", database);
    names.put("redis", List.of("redis", "redis-slave", "redis-session"));
    names.put("valkey", List.of("valkey", "valkey-slave", "valkey-session", "cache"));
    names.put("elasticsearch", search);
    names.put("opensearch", search);
    names.put("rabbitmq", List.of("rabbitmq", "mq", "amqp"));
    names.put("activemq-artemis", List.of("activemq", "activemq-artemis", "artemis", "amq", "jms"));
    return names;
  }

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : new ProjectView(context.config()).commerceApplications()) {
      Map<String, List<Relationship>> byType = new LinkedHashMap<>();
      for (Relationship relationship : app.relationships()) {
        Optional<String> type = type(context.config(), relationship);
        if (type.isPresent()) {
          List<Relationship> relationships = byType.get(type.get());
          if (relationships == null) {
            relationships = new ArrayList<>();
            byType.put(type.get(), relationships);
          }
          relationships.add(relationship);
        }
      }
      for (Map.Entry<String, List<Relationship>> entry : byType.entrySet()) {
        List<String> readable = NAMES_BY_TYPE.get(entry.getKey());
        if (!anyNamed(entry.getValue(), readable)) {
          Relationship first = entry.getValue().get(0);
          found.add(CrossFileRules.ECE_RELATIONSHIP_NAME
              .diagnostic("The " + entry.getKey() + " service is reached only as '" + first.name()
                  + "', a name ece-tools does not read; it reads " + String.join(", ", readable) + ".")
              .location(first.location())
              .putDetails("relationship", first.name())
              .putDetails("readable", String.join(", ", readable))
              .build());
        }
      }
    }
    return found;
  }

  private static boolean anyNamed(List<Relationship> relationships, List<String> names) {
    for (Relationship relationship : relationships) {
      if (names.contains(relationship.name())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> type(ProjectConfig config, Relationship relationship) {
    if (relationship.service().isEmpty()) {
      return Optional.empty();
    }
    Optional<ServiceConfig> service = config.service(relationship.service().get());
    if (service.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> type = ProjectView.typeName(service.get());
    return type.isPresent() && NAMES_BY_TYPE.containsKey(type.get()) ? type : Optional.empty();
  }
}
