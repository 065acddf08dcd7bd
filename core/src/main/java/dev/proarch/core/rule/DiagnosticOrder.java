package dev.proarch.core.rule;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one deterministic order of findings: by file (findings without a file first), line, column, rule id,
 * logical path, message, then severity. Reports sort with it; rules need not.
 */
public final class DiagnosticOrder implements Comparator<Diagnostic> {
  public static final DiagnosticOrder INSTANCE = new DiagnosticOrder();

  private static final Comparator<Optional<String>> OPTIONAL_TEXT =
      Comparator.comparing((Optional<String> value) -> value.isPresent())
          .thenComparing(value -> value.orElse(""));
  private static final Comparator<OptionalInt> OPTIONAL_INT =
      Comparator.comparing((OptionalInt value) -> value.isPresent())
          .thenComparingInt(value -> value.orElse(0));

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.location().flatMap(Location::file), OPTIONAL_TEXT)
          .thenComparing(d -> line(d), OPTIONAL_INT)
          .thenComparing(d -> column(d), OPTIONAL_INT)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(d -> d.location().flatMap(Location::path), OPTIONAL_TEXT)
          .thenComparing(Diagnostic::message)
          .thenComparing(Diagnostic::severity);

  private DiagnosticOrder() {}

  @Override
  public int compare(Diagnostic left, Diagnostic right) {
    return ORDER.compare(left, right);
  }

  /** The findings in report order, as an unmodifiable list. */
  public static List<Diagnostic> sorted(Collection<Diagnostic> diagnostics) {
    return diagnostics.stream().sorted(INSTANCE).toList();
  }

  private static OptionalInt line(Diagnostic diagnostic) {
    return diagnostic.location().map(Location::line).orElse(OptionalInt.empty());
  }

  private static OptionalInt column(Diagnostic diagnostic) {
    return diagnostic.location().map(Location::column).orElse(OptionalInt.empty());
  }
}
