package dev.proarch.provisioning;

import org.immutables.value.Value;

/** Restore an environment from a backup, which may come from another environment. */
@Value.Immutable
public abstract class RestoreRequest {

  @Value.Parameter
  public abstract EnvironmentId targetEnvironmentId();

  @Value.Parameter
  public abstract BackupRecord backup();

  public static RestoreRequest of(EnvironmentId target, BackupRecord backup) {
    return ImmutableRestoreRequest.of(target, backup);
  }
}
