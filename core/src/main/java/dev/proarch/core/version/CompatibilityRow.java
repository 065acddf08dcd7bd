package dev.proarch.core.version;

import org.immutables.value.Value;

/**
 * One row of the service-version compatibility matrix: for Commerce releases that satisfy {@link
 * #commerceConstraint()}, the service named {@link #service()} must satisfy {@link #serviceConstraint()}.
 */
@Value.Immutable
public abstract class CompatibilityRow {

  /** The matrix's service key, such as {@code mariadb}, {@code redis-session} or {@code opensearch}. */
  public abstract String service();

  public abstract VersionConstraint commerceConstraint();

  public abstract VersionConstraint serviceConstraint();

  /** The 1-based line of the row in the matrix file, so that a report can cite it. */
  public abstract int line();

  public static ImmutableCompatibilityRow.Builder builder() {
    return ImmutableCompatibilityRow.builder();
  }

  public boolean covers(CommerceVersion commerce) {
    return commerceConstraint().allows(commerce);
  }

  @Value.Check
  protected void check() {
    if (service().isBlank()) {
      throw new IllegalArgumentException("a matrix row names its service");
    }
    if (line() < 1) {
      throw new IllegalArgumentException("line is 1-based, got " + line());
    }
  }

  @Override
  public String toString() {
    return service() + "\t" + commerceConstraint() + "\t" + serviceConstraint();
  }
}
