package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;
import java.util.List;
import org.immutables.value.Value;

/** A vertical change of a Pro cluster from one tier to another, as ordered steps. */
@Value.Immutable
public abstract class ScalePlan {

  public abstract ClusterTier from();

  public abstract ClusterTier to();

  public abstract List<ScaleStep> steps();

  public static ImmutableScalePlan.Builder builder() {
    return ImmutableScalePlan.builder();
  }

  /** Up, down, or none when both tiers are the same. */
  public ScaleDirection direction() {
    int order = to().compareTo(from());
    return order > 0 ? ScaleDirection.UP : order < 0 ? ScaleDirection.DOWN : ScaleDirection.NONE;
  }
}
