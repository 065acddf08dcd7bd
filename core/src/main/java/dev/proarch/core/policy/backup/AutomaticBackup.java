package dev.proarch.core.policy.backup;

import dev.proarch.core.model.EnvironmentType;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An environment's automatic (disaster-recovery) backups as the seed describes them: what they contain, that
 * they are taken live, that they are encrypted EBS snapshots whose copy to S3 takes longer the more has
 * changed, and that they hold no code. Whether an environment has them comes from {@link
 * EnvironmentType#capabilities()} alone.
 */
@Value.Immutable
public abstract class AutomaticBackup {

  public abstract EnvironmentType environment();

  @Value.NaturalOrder
  public abstract SortedSet<BackupContent> contents();

  /** Taken while the site runs, without maintenance mode. */
  public abstract boolean takenLive();

  /** Stored as encrypted EBS snapshots in the project's region. */
  public abstract boolean encryptedEbsSnapshot();

  /** The EBS snapshot is immediate; its copy to S3 takes longer the more data changed since the last one. */
  public abstract boolean copyToS3GrowsWithChanges();

  /** Code is never in a backup: it lives in Git. */
  public abstract boolean containsCode();

  public static ImmutableAutomaticBackup.Builder builder() {
    return ImmutableAutomaticBackup.builder();
  }

  /** The automatic backups of an environment, or empty where its capabilities have none. */
  public static Optional<AutomaticBackup> of(EnvironmentType environment) {
    if (!environment.capabilities().automaticBackups()) {
      return Optional.empty();
    }
    return Optional.of(
        builder()
            .environment(environment)
            .addContents(BackupContent.SERVICE_DATA, BackupContent.MOUNTED_VOLUMES, BackupContent.DATABASE)
            .takenLive(true)
            .encryptedEbsSnapshot(true)
            .copyToS3GrowsWithChanges(true)
            .containsCode(false)
            .build());
  }

  /** The retention schedule of automatic backups. */
  public RetentionPolicy retention() {
    return RetentionPolicy.seedSchedule();
  }

  /** The recovery point objective of automatic backups. */
  public RpoCheck recoveryPointObjective() {
    return RpoCheck.seedObjective();
  }
}
