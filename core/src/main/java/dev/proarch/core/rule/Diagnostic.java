package dev.proarch.core.rule;

import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One finding, the same type in every module: which rule, how severe, what is wrong, where, and what to
 * do. The message never contains the location; formatters render it.
 */
@Value.Immutable
public abstract class Diagnostic implements Comparable<Diagnostic> {

  public abstract RuleId ruleId();

  public abstract Severity severity();

  /** What is wrong, in one or two sentences, without file names or line numbers. */
  public abstract String message();

  public abstract Optional<Location> location();

  /** What to do about it. */
  public abstract Optional<String> hint();

  /** Machine-readable facts behind the message, such as {@code expected} and {@code actual}. */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> details();

  public static ImmutableDiagnostic.Builder builder() {
    return ImmutableDiagnostic.builder();
  }

  /** The same finding at another severity, for users who re-rank a rule. */
  public Diagnostic withSeverity(Severity newSeverity) {
    return ImmutableDiagnostic.copyOf(this).withSeverity(newSeverity);
  }

  @Value.Check
  protected void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException(ruleId() + ": a diagnostic needs a message");
    }
  }

  /** Orders by {@link DiagnosticOrder}, the one order every report uses. */
  @Override
  public int compareTo(Diagnostic other) {
    return DiagnosticOrder.INSTANCE.compare(this, other);
  }
}
