package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.Relationship;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PRO-CFG-100 and PRO-CFG-101: every relationship, of the application or of a worker, reaches a service of services.yaml or another
 * application, through an endpoint it offers. Skipped when services.yaml is absent or broken (D-XF-3).
 */
public final class RelationshipCheck implements ProjectCheck {
  private static final String APPLICATION_ENDPOINT = "http";

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    ProjectView view = new ProjectView(context.config());
    if (!view.servicesKnown()) {
      return List.of();
    }
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : context.config().applications()) {
      List<Relationship> relationships = new ArrayList<>(app.relationships());
      relationships.addAll(app.workerRelationships());
      for (Relationship relationship : relationships) {
        if (relationship.form() != Relationship.Form.INVALID && relationship.service().isPresent()) {
          check(view, app, relationship, found);
        }
      }
    }
    return found;
  }

  private static void check(ProjectView view, ApplicationConfig app, Relationship relationship, List<Diagnostic> found) {
    String target = relationship.service().get();
    Optional<ServiceConfig> service = view.config().service(target);
    Optional<String> endpoint = relationship.endpoint();
    if (service.isPresent()) {
      Set<String> offered = endpoints(service.get());
      if (endpoint.isPresent() && !offered.isEmpty() && !offered.contains(endpoint.get())) {
        found.add(CrossFileRules.RELATIONSHIP_ENDPOINT_UNKNOWN
            .diagnostic("Relationship '" + relationship.name() + "' uses endpoint '" + endpoint.get()
                + "', which service '" + target + "' (" + service.get().type().orElse("no type")
                + ") does not offer; it offers " + String.join(", ", offered) + ".")
            .location(relationship.location())
            .putDetails("endpoint", endpoint.get())
            .putDetails("offered", String.join(", ", offered))
            .build());
      }
    } else if (view.config().application(target).isPresent() && !target.equals(app.name().orElse(""))) {
      if (endpoint.isPresent() && !endpoint.get().equals(APPLICATION_ENDPOINT)) {
        found.add(CrossFileRules.RELATIONSHIP_ENDPOINT_UNKNOWN
            .diagnostic("Relationship '" + relationship.name() + "' reaches application '" + target
                + "' through endpoint '" + endpoint.get() + "'; an application offers only http.")
            .location(relationship.location())
            .putDetails("endpoint", endpoint.get())
            .putDetails("offered", APPLICATION_ENDPOINT)
            .build());
      }
    } else {
      found.add(CrossFileRules.RELATIONSHIP_TARGET_UNDEFINED
          .diagnostic("Relationship '" + relationship.name() + "' names '" + target
              + "', which is neither a service of .magento/services.yaml nor another application.")
          .location(relationship.location())
          .putDetails("service", target)
          .putDetails("services", serviceIds(view))
          .build());
    }
  }

  private static String serviceIds(ProjectView view) {
    StringBuilder ids = new StringBuilder();
    for (ServiceConfig service : view.config().services()) {
      if (ids.length() > 0) {
        ids.append(", ");
      }
      ids.append(service.id());
    }
    return ids.toString();
  }

  /**
   * The endpoints a service offers, by type (config-spec 2.6); empty for types whose endpoints are not
   * documented, which are then not checked. MariaDB also answers to its type name, as the official
   * 2.4.8 template's {@code database: "mariadb:mariadb"} shows (D-XF-3).
   */
  static Set<String> endpoints(ServiceConfig service) {
    Set<String> offered = new LinkedHashSet<>();
    String type = ProjectView.typeName(service).orElse("");
    switch (type) {
      case "mysql":
      case "mariadb":
      case "oracle-mysql":
        offered.add("mysql");
        offered.add(type);
        offered.addAll(ProjectView.keysAt(service.node(), "configuration", "endpoints"));
        break;
      case "solr":
        offered.add("solr");
        offered.addAll(ProjectView.keysAt(service.node(), "configuration", "endpoints"));
        offered.addAll(ProjectView.keysAt(service.node(), "configuration", "cores"));
        break;
      case "varnish":
        offered.add("http");
        offered.add("http+stats");
        break;
      case "redis":
      case "valkey":
      case "elasticsearch":
      case "opensearch":
      case "rabbitmq":
      case "memcached":
      case "activemq-artemis":
        offered.add(type);
        break;
      default:
        break;
    }
    return offered;
  }
}
