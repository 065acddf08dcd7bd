package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.RouteConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
      app.relationships().forEach(relationship -> relationship.service().ifPresent(reached::add));
      app.mounts().stream().flatMap(mount -> mount.service().stream()).forEach(reached::add);
      app.root().mapping("workers").ifPresent(workers -> workerRelationships(workers, reached));
    }
    for (RouteConfig route : context.config().routes()) {
      route.upstreamApplication().map(String::trim).ifPresent(reached::add);
    }
    for (ServiceConfig service : context.config().services()) {
      service.node().mapping("relationships").ifPresent(relationships -> targets(relationships, reached));
    }
    return reached;
  }

  private static void workerRelationships(ConfigMapping workers, Set<String> reached) {
    for (ConfigEntry worker : workers.entries()) {
      worker.value().asMapping().flatMap(mapping -> mapping.mapping("relationships"))
          .ifPresent(relationships -> targets(relationships, reached));
    }
  }

  /** Relationship targets in the string form "service:endpoint", the null form or the object form. */
  private static void targets(ConfigMapping relationships, Set<String> reached) {
    for (ConfigEntry entry : relationships.entries()) {
      ConfigNode value = entry.value();
      if (value.isNull()) {
        reached.add(entry.name());
      }
      value.asText().ifPresent(text -> reached.add(text.contains(":") ? text.substring(0, text.indexOf(':')) : text));
      value.asMapping().flatMap(mapping -> mapping.text("service")).ifPresent(reached::add);
    }
  }
}
