package dev.proarch.provisioning;

import org.immutables.value.Value;

/**
 * One step of a checked plan, as the guard hands it to a provider: which environment, which step, and
 * where it stands in the plan (1-based), so that a provider can log progress.
 */
@Value.Immutable
public abstract class ScaleStepRequest {

  public abstract EnvironmentId environmentId();

  public abstract ScaleStep step();

  public abstract int stepNumber();

  public abstract int stepCount();

  public static ImmutableScaleStepRequest.Builder builder() {
    return ImmutableScaleStepRequest.builder();
  }

  @Value.Check
  protected void check() {
    if (stepNumber() < 1 || stepNumber() > stepCount()) {
      throw new IllegalArgumentException(
          "step " + stepNumber() + " of " + stepCount() + " is outside the plan");
    }
  }
}
