package dev.proarch.provisioning;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.version.CommerceVersion;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to provision: the environment type, the cluster tier (dedicated hardware only; PaaS containers have
 * none), the Commerce version, the services, and whether to use the scaled (split-tier) architecture.
 * Whether the combination is allowed is policy, checked by the guard (PRO-PRV-005, PRO-PRV-006), so that
 * a spec the platform would refuse can still be built and reported.
 */
@Value.Immutable
public abstract class EnvironmentSpec {

  public abstract EnvironmentType type();

  public abstract Optional<ClusterTier> tier();

  public abstract CommerceVersion commerceVersion();

  public abstract List<ServiceSpec> services();

  /** Three service nodes plus web nodes instead of three unified nodes. */
  @Value.Default
  public boolean scaledArchitecture() {
    return false;
  }

  public static ImmutableEnvironmentSpec.Builder builder() {
    return ImmutableEnvironmentSpec.builder();
  }

  /** The same spec at another tier. */
  public EnvironmentSpec withTier(ClusterTier tier) {
    return ImmutableEnvironmentSpec.copyOf(this).withTier(tier);
  }
}
