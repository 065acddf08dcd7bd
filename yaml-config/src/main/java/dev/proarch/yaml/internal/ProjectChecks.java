package dev.proarch.yaml.internal;

import dev.proarch.yaml.internal.project.ProjectCheck;
import java.util.List;

/** The project-wide checks run after the per-file rules, as an explicit list. */
public final class ProjectChecks {

  /** Cross-file, version and search checks (PRO-CFG-1xx) are added here. */
  public static final List<ProjectCheck> ALL = List.of();

  private ProjectChecks() {}
}
