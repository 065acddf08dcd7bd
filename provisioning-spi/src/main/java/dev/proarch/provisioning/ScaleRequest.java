package dev.proarch.provisioning;

import dev.proarch.core.model.ClusterTier;
import java.util.List;
import org.immutables.value.Value;

/**
 * Scale an environment to a target tier. With no plan the guard plans a rolling rotation itself; a plan
 * given here (a recovery plan from an earlier report, or a host's own) is checked before any step runs.
 */
@Value.Immutable
public abstract class ScaleRequest {

  public abstract EnvironmentId environmentId();

  public abstract ClusterTier targetTier();

  public abstract List<ScaleStep> plan();

  public static ImmutableScaleRequest.Builder builder() {
    return ImmutableScaleRequest.builder();
  }

  public static ScaleRequest of(EnvironmentId environmentId, ClusterTier targetTier) {
    return builder().environmentId(environmentId).targetTier(targetTier).build();
  }
}
