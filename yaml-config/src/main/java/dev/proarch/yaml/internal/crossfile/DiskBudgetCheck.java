package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.List;
import java.util.OptionalInt;

/**
 * PRO-CFG-106: the application and service disks together against Adobe's default project storage of
 * 5 GB. A notice, because plans are often bought with more storage and the files do not say which (D-XF-7).
 */
public final class DiskBudgetCheck implements ProjectCheck {
  static final long DEFAULT_STORAGE_MB = 5120;

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    long applications = 0;
    for (ApplicationConfig app : context.config().applications()) {
      applications += megabytes(app.disk());
    }
    long services = 0;
    for (ServiceConfig service : context.config().services()) {
      services += megabytes(service.disk());
    }
    long total = applications + services;
    if (total <= DEFAULT_STORAGE_MB) {
      return List.of();
    }
    return List.of(CrossFileRules.DISK_BUDGET
        .diagnostic("The disks add up to " + total + " MB (applications " + applications + " MB, services "
            + services + " MB), more than the default project storage of " + DEFAULT_STORAGE_MB
            + " MB; the plan must provide at least that much.")
        .location(location(context))
        .putDetails("totalMb", Long.toString(total))
        .putDetails("applicationsMb", Long.toString(applications))
        .putDetails("servicesMb", Long.toString(services))
        .putDetails("defaultStorageMb", Long.toString(DEFAULT_STORAGE_MB))
        .build());
  }

  /** The first application disk, else the first service disk. */
  private static Location location(ProjectContext context) {
    for (ApplicationConfig app : context.config().applications()) {
      if (app.disk().isPresent()) {
        return ProjectView.valueLocation(app.root(), "disk", app.nameLocation());
      }
    }
    for (ServiceConfig service : context.config().services()) {
      if (service.disk().isPresent()) {
        return ProjectView.valueLocation(service.node(), "disk", service.location());
      }
    }
    return Location.ofFile(context.config().applications().get(0).file());
  }

  /** A disk in MB; a missing or negative one (reported by the per-file rules) counts as none. */
  private static long megabytes(OptionalInt disk) {
    return disk.isPresent() ? Math.max(0, disk.getAsInt()) : 0;
  }
}
