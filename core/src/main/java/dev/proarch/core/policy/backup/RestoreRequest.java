package dev.proarch.core.policy.backup;

import dev.proarch.core.model.EnvironmentType;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A wish to restore {@code target} from a recovery point of {@code source} (the same environment for an
 * ordinary restore), taken at {@code recoveryPointTakenAt}, through {@code channel}, at {@code restoreAt}.
 */
@Value.Immutable
public abstract class RestoreRequest {

  public abstract EnvironmentType target();

  public abstract EnvironmentType source();

  public abstract RecoveryPointKind kind();

  public abstract RestoreChannel channel();

  public abstract Instant recoveryPointTakenAt();

  public abstract Instant restoreAt();

  public static ImmutableRestoreRequest.Builder builder() {
    return ImmutableRestoreRequest.builder();
  }
}
