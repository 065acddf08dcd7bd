package dev.proarch.provisioning;

import java.util.Optional;
import org.immutables.value.Value;

/** Create a backup or snapshot of one environment. */
@Value.Immutable
public abstract class BackupRequest {

  public abstract EnvironmentId environmentId();

  public abstract BackupKind kind();

  /** A note for people, such as {@code before 2.4.7 upgrade}. */
  public abstract Optional<String> label();

  public static ImmutableBackupRequest.Builder builder() {
    return ImmutableBackupRequest.builder();
  }

  public static BackupRequest of(EnvironmentId environmentId, BackupKind kind) {
    return builder().environmentId(environmentId).kind(kind).build();
  }
}
