package dev.proarch.provisioning;

import org.immutables.value.Value;

/** Create one environment from a spec, under an id the caller chooses. */
@Value.Immutable
public abstract class ProvisionRequest {

  @Value.Parameter
  public abstract EnvironmentId environmentId();

  @Value.Parameter
  public abstract EnvironmentSpec spec();

  public static ProvisionRequest of(EnvironmentId environmentId, EnvironmentSpec spec) {
    return ImmutableProvisionRequest.of(environmentId, spec);
  }
}
