package dev.proarch.core.policy.scaling;

import dev.proarch.core.model.ClusterTier;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** How to relieve a bottleneck, and why. */
@Value.Immutable
public abstract class ScalingRecommendation {

  public abstract Bottleneck bottleneck();

  public abstract ClusterTier current();

  public abstract ScalingKind kind();

  /** The tier to rotate to first, when the recommendation needs one. */
  public abstract Optional<ClusterTier> targetTier();

  /** The fewest web nodes of the scaled architecture, when web nodes are to be added. */
  public abstract OptionalInt minimumWebNodes();

  /** The reasons, most important first. */
  public abstract List<String> reasons();

  public static ImmutableScalingRecommendation.Builder builder() {
    return ImmutableScalingRecommendation.builder();
  }
}
