package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.Mount;
import dev.proarch.yaml.model.Relationship;
import dev.proarch.yaml.model.RouteConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PRO-CFG-103: a service nothing reaches. A service is reached by an application or worker relationship,
 * a route upstream (Varnish) or a service mount (network-storage). Skipped unless every application file
 * parsed, since a broken one may hold the relationship.
 */
public final class UnusedServiceCheck implements ProjectCheck {

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    ProjectView view = new ProjectView(context.config());
    if (!view.applicationsKnown() || !view.servicesKnown()) {
      return List.of();
    }
    Set<String> reached = reached(context);
    List<Diagnostic> found = new ArrayList<>();
    for (ServiceConfig service : context.config().services()) {
      if (!reached.contains(service.id())) {
        found.add(CrossFileRules.SERVICE_UNUSED
            .diagnostic("Service '" + service.id() + "' (" + service.type().orElse("no type")
                + ") is not used by any relationship, route or mount.")
            .location(service.location())
            .putDetails("service", service.id())
            .build());
      }
    }
    return found;
  }

  private static Set<String> reached(ProjectContext context) {
    Set<String> reached = new HashSet<>();
    for (ApplicationConfig app : context.config().applications()) {
      for (Relationship relationship : app.relationships()) {
        addIfPresent(relationship.service(), reached);
      }
      for (Relationship relationship : app.workerRelationships()) {
        addIfPresent(relationship.service(), reached);
      }
      for (Mount mount : app.mounts()) {
        addIfPresent(mount.service(), reached);
      }
    }
    for (RouteConfig route : context.config().routes()) {
      Optional<String> application = route.upstreamApplication();
      if (application.isPresent()) {
        reached.add(application.get().trim());
      }
    }
    for (ServiceConfig service : context.config().services()) {
      targets(service.node().mapping("relationships"), reached);
    }
    return reached;
  }

  /** Relationship targets in the string form "service:endpoint", the null form or the object form. */
  private static void targets(Optional<ConfigMapping> relationships, Set<String> reached) {
    if (relationships.isEmpty()) {
      return;
    }
    for (ConfigEntry entry : relationships.get().entries()) {
      ConfigNode value = entry.value();
      if (value.isNull()) {
        reached.add(entry.name());
      }
      Optional<String> text = value.asText();
      if (text.isPresent()) {
        int colon = text.get().indexOf(':');
        reached.add(colon < 0 ? text.get() : text.get().substring(0, colon));
      }
      if (value instanceof ConfigMapping mapping) {
        addIfPresent(mapping.text("service"), reached);
      }
    }
  }

  private static void addIfPresent(Optional<String> service, Set<String> reached) {
    if (service.isPresent()) {
      reached.add(service.get());
    }
  }
}
