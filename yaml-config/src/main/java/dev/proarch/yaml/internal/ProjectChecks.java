package dev.proarch.yaml.internal;

import dev.proarch.yaml.internal.crossfile.BraintreeChannelCheck;
import dev.proarch.yaml.internal.crossfile.CacheSettingsCheck;
import dev.proarch.yaml.internal.crossfile.DiskBudgetCheck;
import dev.proarch.yaml.internal.crossfile.EceRelationshipNameCheck;
import dev.proarch.yaml.internal.crossfile.EnvironmentCheck;
import dev.proarch.yaml.internal.crossfile.FileHygieneCheck;
import dev.proarch.yaml.internal.crossfile.IdealStateCheck;
import dev.proarch.yaml.internal.crossfile.NonPhpApplicationCheck;
import dev.proarch.yaml.internal.crossfile.RelationshipCheck;
import dev.proarch.yaml.internal.crossfile.SharedMountCheck;
import dev.proarch.yaml.internal.crossfile.UnusedServiceCheck;
import dev.proarch.yaml.internal.crossfile.UpstreamCheck;
import dev.proarch.yaml.internal.crossfile.SearchConfigurationCheck;
import dev.proarch.yaml.internal.crossfile.SearchEngineCheck;
import dev.proarch.yaml.internal.crossfile.VersionCheck;
import dev.proarch.yaml.internal.project.ProjectCheck;
import java.util.List;

/** The project-wide checks run after the per-file rules, as an explicit list. */
public final class ProjectChecks {

  /** Cross-file, version, search, environment and file-hygiene checks (PRO-CFG-1xx). */
  public static final List<ProjectCheck> ALL =
      List.of(
          new RelationshipCheck(),
          new UpstreamCheck(),
          new UnusedServiceCheck(),
          new SharedMountCheck(),
          new DiskBudgetCheck(),
          new EceRelationshipNameCheck(),
          new BraintreeChannelCheck(),
          new CacheSettingsCheck(),
          new VersionCheck(),
          new SearchEngineCheck(),
          new SearchConfigurationCheck(),
          new EnvironmentCheck(),
          new NonPhpApplicationCheck(),
          new IdealStateCheck(),
          new FileHygieneCheck());

  private ProjectChecks() {}
}
