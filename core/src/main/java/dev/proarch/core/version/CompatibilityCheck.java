package dev.proarch.core.version;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@link CompatibilityMatrix#check}: whether a service version suits a Commerce release,
 * and which matrix row decided it.
 */
@Value.Immutable
public abstract class CompatibilityCheck {

  /** What the matrix says, in the terms of the deploy tool's messages. */
  public enum Outcome {
    /** The first row covering the release allows the service version. */
    COMPATIBLE,
    /** The first row covering the release does not allow it; {@link #expected()} says what would. */
    INCOMPATIBLE,
    /** The matrix knows the service, but no row covers the release (aurora on 2.3.0, for example). */
    NO_ROW,
    /** The matrix has no row at all for the service. */
    UNKNOWN_SERVICE
  }

  public abstract Outcome outcome();

  public abstract String service();

  public abstract CommerceVersion commerceVersion();

  public abstract ServiceVersion serviceVersion();

  /** The row that decided, present for {@code COMPATIBLE} and {@code INCOMPATIBLE}. */
  public abstract Optional<CompatibilityRow> row();

  public static ImmutableCompatibilityCheck.Builder builder() {
    return ImmutableCompatibilityCheck.builder();
  }

  /** The service constraint of the deciding row, such as {@code ~7.10.0}. */
  public Optional<VersionConstraint> expected() {
    Optional<CompatibilityRow> row = row();
    return row.isPresent() ? Optional.of(row.get().serviceConstraint()) : Optional.empty();
  }

  public boolean isCompatible() {
    return outcome() == Outcome.COMPATIBLE;
  }

  @Value.Check
  protected void check() {
    boolean decided = outcome() == Outcome.COMPATIBLE || outcome() == Outcome.INCOMPATIBLE;
    if (decided != row().isPresent()) {
      throw new IllegalArgumentException("a row is present exactly when the matrix decided");
    }
  }
}
