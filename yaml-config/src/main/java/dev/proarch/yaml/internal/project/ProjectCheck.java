package dev.proarch.yaml.internal.project;

import dev.proarch.core.rule.Diagnostic;
import java.util.List;

/**
 * A check over the whole project rather than one file: cross-file, version and search rules (PRO-CFG-1xx)
 * implement it and are listed in {@link ProjectChecks}.
 */
public interface ProjectCheck {

  List<Diagnostic> check(ProjectContext context);
}
