package dev.proarch.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DiagnosticOrderTest {
  /** The order as its documentation states it, chained from the JDK's comparators: the reference. */
  private static final Comparator<Optional<String>> TEXT =
      Comparator.comparing((Optional<String> value) -> value.isPresent()).thenComparing(value -> value.orElse(""));
  private static final Comparator<OptionalInt> NUMBER =
      Comparator.comparing((OptionalInt value) -> value.isPresent()).thenComparingInt(value -> value.orElse(0));
  private static final Comparator<Diagnostic> REFERENCE =
      Comparator.comparing((Diagnostic d) -> d.location().flatMap(Location::file), TEXT)
          .thenComparing(d -> d.location().map(Location::line).orElse(OptionalInt.empty()), NUMBER)
          .thenComparing(d -> d.location().map(Location::column).orElse(OptionalInt.empty()), NUMBER)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(d -> d.location().flatMap(Location::path), TEXT)
          .thenComparing(Diagnostic::message)
          .thenComparing(Diagnostic::severity);

  @Provide
  Arbitrary<Diagnostic> diagnostics() {
    Arbitrary<Optional<Location>> location =
        Combinators.combine(
                Arbitraries.of("", "a.yaml", "b.yaml").optional(),
                Arbitraries.integers().between(1, 3).optional(),
                Arbitraries.integers().between(1, 3).optional(),
                Arbitraries.of("x", "x.y").optional(),
                Arbitraries.integers().between(0, 2))
            .as((file, line, column, path, extraLines) -> {
              var builder = Location.builder();
              file.ifPresent(builder::file);
              path.ifPresent(builder::path);
              line.ifPresent(value -> {
                builder.line(value);
                column.ifPresent(builder::column);
                if (extraLines > 0) {
                  builder.endLine(value + extraLines - 1);
                }
              });
              return builder.build();
            })
            .optional();
    return Combinators.combine(
            Arbitraries.of("PRO-CFG-001", "PRO-CFG-002", "PRO-GIT-001"),
            Arbitraries.of(Severity.class),
            Arbitraries.of("m", "n"),
            location,
            Arbitraries.of("h", "i").optional(),
            Arbitraries.of("", "k", "l").optional())
        .as((id, severity, message, at, hint, detail) -> {
          var builder = Diagnostic.builder().ruleId(RuleId.of(id)).severity(severity).message(message);
          at.ifPresent(builder::location);
          hint.ifPresent(builder::hint);
          detail.ifPresent(key -> builder.putDetails(key, "v"));
          return builder.build();
        });
  }

  @Provide
  Arbitrary<List<Diagnostic>> lists() {
    return diagnostics().list().ofMaxSize(12);
  }

  @Property(tries = 2000)
  void theWrittenOutOrderAgreesWithTheDocumentedChainWhereverTheChainDecides(
      @ForAll("diagnostics") Diagnostic left, @ForAll("diagnostics") Diagnostic right) {
    int reference = REFERENCE.compare(left, right);
    if (reference != 0) {
      assertThat(Integer.signum(DiagnosticOrder.INSTANCE.compare(left, right))).isEqualTo(Integer.signum(reference));
    }
  }

  @Property(tries = 2000)
  void onlyEqualFindingsTieAndSwappingTheSidesFlipsTheSign(
      @ForAll("diagnostics") Diagnostic left, @ForAll("diagnostics") Diagnostic right) {
    int forward = DiagnosticOrder.INSTANCE.compare(left, right);
    assertThat(forward == 0).isEqualTo(left.equals(right));
    assertThat(Integer.signum(DiagnosticOrder.INSTANCE.compare(right, left))).isEqualTo(-Integer.signum(forward));
  }

  @Property(tries = 300)
  void sortingGivesTheSameListWhateverTheInputOrder(@ForAll("lists") List<Diagnostic> diagnostics) {
    List<Diagnostic> shuffled = new ArrayList<>(diagnostics);
    Collections.reverse(shuffled);
    assertThat(DiagnosticOrder.sorted(shuffled)).isEqualTo(DiagnosticOrder.sorted(diagnostics));
    assertThat(DiagnosticOrder.sorted(diagnostics)).isSortedAccordingTo(REFERENCE);
  }
}
