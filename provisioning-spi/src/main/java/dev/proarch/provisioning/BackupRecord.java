package dev.proarch.provisioning;

import dev.proarch.core.model.EnvironmentType;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A backup or snapshot that exists: where it was taken from, what kind, and when. */
@Value.Immutable
public abstract class BackupRecord {

  public abstract BackupId backupId();

  public abstract EnvironmentId environmentId();

  /** The type of the environment it was taken from; restores are checked against it (core's RestoreCheck, PRO-PRM-004). */
  public abstract EnvironmentType environmentType();

  public abstract BackupKind kind();

  public abstract Instant createdAt();

  public abstract Optional<String> label();

  public static ImmutableBackupRecord.Builder builder() {
    return ImmutableBackupRecord.builder();
  }
}
