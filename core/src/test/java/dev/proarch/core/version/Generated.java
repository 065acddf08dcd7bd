package dev.proarch.core.version;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Constraints generated from a small grammar, each carrying its own brute-force reading: every primitive
 * is expanded here into explicit bound strings by the rules of composer/semver's documentation, written
 * out case by case, and compared with {@link ComposerOracle#versionCompare}.
 */
final class Generated {

  private Generated() {}

  /** A version as written in a constraint: one to three numbers and an optional suffix such as p1 or rc. */
  record Written(List<Integer> numbers, String suffix) {
    String text() {
      String core = numbers.stream().map(String::valueOf).collect(Collectors.joining("."));
      return suffix.isEmpty() ? core : core + "-" + suffix;
    }

    String normalized() {
      return ComposerOracle.normalize(text());
    }

    /** The lower bound of ~, ^ and hyphen ranges, and of {@code >=}: -dev unless a suffix is written. */
    String devUnlessSuffixed() {
      return suffix.isEmpty() ? normalized() + "-dev" : normalized();
    }

    int number(int index) {
      return numbers.get(index);
    }

    int count() {
      return numbers.size();
    }
  }

  /** One primitive of the grammar. */
  interface Primitive {
    String text();

    /** The numbers written in the primitive, so that candidates can be drawn near its bounds. */
    List<List<Integer>> numbers();

    boolean allows(String normalizedCandidate);
  }

  record Compare(String operator, String space, Written version) implements Primitive {
    @Override
    public List<List<Integer>> numbers() {
      return List.of(version.numbers());
    }

    @Override
    public String text() {
      return operator + (operator.isEmpty() ? "" : space) + version.text();
    }

    @Override
    public boolean allows(String candidate) {
      boolean devBound = operator.equals(">=") || operator.equals("<");
      String bound = devBound ? version.devUnlessSuffixed() : version.normalized();
      int c = ComposerOracle.versionCompare(candidate, bound);
      switch (operator) {
        case ">=":
          return c >= 0;
        case ">":
          return c > 0;
        case "<=":
          return c <= 0;
        case "<":
          return c < 0;
        case "!=":
        case "<>":
          return c != 0;
        default:
          return c == 0;
      }
    }
  }

  record Tilde(Written version) implements Primitive {
    @Override
    public List<List<Integer>> numbers() {
      return List.of(version.numbers());
    }

    @Override
    public String text() {
      return "~" + version.text();
    }

    @Override
    public boolean allows(String candidate) {
      String high;
      if (version.count() <= 2) {
        high = (version.number(0) + 1) + ".0.0.0-dev";
      } else {
        high = version.number(0) + "." + (version.number(1) + 1) + ".0.0-dev";
      }
      return between(candidate, version.devUnlessSuffixed(), high);
    }
  }

  record Caret(Written version) implements Primitive {
    @Override
    public List<List<Integer>> numbers() {
      return List.of(version.numbers());
    }

    @Override
    public String text() {
      return "^" + version.text();
    }

    @Override
    public boolean allows(String candidate) {
      String high;
      if (version.number(0) != 0 || version.count() == 1) {
        high = (version.number(0) + 1) + ".0.0.0-dev";
      } else if (version.number(1) != 0 || version.count() == 2) {
        high = "0." + (version.number(1) + 1) + ".0.0-dev";
      } else {
        high = "0.0." + (version.number(2) + 1) + ".0-dev";
      }
      return between(candidate, version.devUnlessSuffixed(), high);
    }
  }

  /** {@code 2.*} or {@code 2.4.*}; the star alone is {@link Star}. */
  record Wildcard(List<Integer> written) implements Primitive {
    @Override
    public List<List<Integer>> numbers() {
      return List.of(written);
    }

    @Override
    public String text() {
      return written.stream().map(String::valueOf).collect(Collectors.joining(".")) + ".*";
    }

    @Override
    public boolean allows(String candidate) {
      if (written.size() == 1) {
        return between(candidate, written.get(0) + ".0.0.0-dev", (written.get(0) + 1) + ".0.0.0-dev");
      }
      String line = written.get(0) + ".";
      return between(
          candidate, line + written.get(1) + ".0.0-dev", line + (written.get(1) + 1) + ".0.0-dev");
    }
  }

  record Star() implements Primitive {
    @Override
    public List<List<Integer>> numbers() {
      return List.of();
    }

    @Override
    public String text() {
      return "*";
    }

    @Override
    public boolean allows(String candidate) {
      return true;
    }
  }

  record Hyphen(Written from, Written to) implements Primitive {
    @Override
    public List<List<Integer>> numbers() {
      return List.of(from.numbers(), to.numbers());
    }

    @Override
    public String text() {
      return from.text() + " - " + to.text();
    }

    @Override
    public boolean allows(String candidate) {
      if (ComposerOracle.versionCompare(candidate, from.devUnlessSuffixed()) < 0) {
        return false;
      }
      if (to.count() >= 3 || !to.suffix().isEmpty()) {
        return ComposerOracle.versionCompare(candidate, to.normalized()) <= 0;
      }
      String high =
          to.count() == 2
              ? to.number(0) + "." + (to.number(1) + 1) + ".0.0-dev"
              : (to.number(0) + 1) + ".0.0.0-dev";
      return ComposerOracle.versionCompare(candidate, high) < 0;
    }
  }

  /** OR-groups of AND-ed primitives, with the separators to print them with. */
  record Constraint(List<List<Primitive>> groups, String and, String or) {
    String text() {
      return groups.stream()
          .map(group -> group.stream().map(Primitive::text).collect(Collectors.joining(and)))
          .collect(Collectors.joining(or));
    }

    boolean oracleAllows(String normalizedCandidate) {
      return groups.stream()
          .anyMatch(group -> group.stream().allMatch(p -> p.allows(normalizedCandidate)));
    }

    List<List<Integer>> numbers() {
      return groups.stream()
          .flatMap(List::stream)
          .flatMap(primitive -> primitive.numbers().stream())
          .collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** A constraint with a Commerce and a service version to try it on, mostly drawn near its bounds. */
  record Case(Constraint constraint, String commerce, String service) {}

  static Arbitrary<Case> cases() {
    return constraints().flatMap(constraint -> Combinators.combine(
            near(constraint, 3).flatMap(numbers -> commerceSuffix().map(tail -> join(numbers) + tail)),
            near(constraint, 0).flatMap(numbers -> serviceSuffix().map(tail -> join(numbers) + tail)))
        .as((commerce, service) -> new Case(constraint, commerce, service)));
  }

  /**
   * Numbers equal to, or one off, numbers the constraint names; {@code length} 3 pads or cuts to three
   * (a Commerce version), 0 keeps the written length (a service version).
   */
  private static Arbitrary<List<Integer>> near(Constraint constraint, int length) {
    Arbitrary<List<Integer>> random = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Integer>> base =
        constraint.numbers().isEmpty()
            ? random
            : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(constraint.numbers())),
                net.jqwik.api.Tuple.of(1, random));
    return Combinators.combine(base, Arbitraries.integers().between(-1, 1), Arbitraries.integers().between(0, 9))
        .as((numbers, delta, seed) -> {
          List<Integer> copy = new java.util.ArrayList<>(numbers);
          int at = seed % copy.size();
          copy.set(at, Math.max(0, copy.get(at) + (seed < 6 ? 0 : delta)));
          if (length > 0) {
            while (copy.size() < length) {
              copy.add(0);
            }
            return List.copyOf(copy.subList(0, length));
          }
          return List.copyOf(copy);
        });
  }

  private static String join(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining("."));
  }

  static Arbitrary<String> commerceSuffix() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Combinators.combine(Arbitraries.of("p", "alpha", "beta", "rc"), Arbitraries.integers().between(1, 3))
            .as((word, number) -> "-" + word + number));
  }

  static Arbitrary<String> serviceSuffix() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Combinators.combine(Arbitraries.of("alpha", "beta", "rc"), Arbitraries.of("", "1", "2"))
            .as((word, number) -> "-" + word + number));
  }

  private static boolean between(String candidate, String low, String high) {
    return ComposerOracle.versionCompare(candidate, low) >= 0
        && ComposerOracle.versionCompare(candidate, high) < 0;
  }

  static Arbitrary<Written> written() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(
                    3, Arbitraries.of("p1", "p2", "alpha1", "beta1", "beta2", "rc1", "rc", "beta"))))
        .as(Written::new);
  }

  static Arbitrary<Primitive> primitives() {
    Arbitrary<Primitive> compare =
        Combinators.combine(
                Arbitraries.of("", "=", "==", "!=", "<>", ">", ">=", "<", "<="),
                Arbitraries.of("", " "),
                written())
            .as(Compare::new);
    Arbitrary<Primitive> wildcard =
        Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(2).map(Wildcard::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, compare),
        net.jqwik.api.Tuple.of(3, written().map(Tilde::new)),
        net.jqwik.api.Tuple.of(3, written().map(Caret::new)),
        net.jqwik.api.Tuple.of(2, wildcard),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Star())),
        net.jqwik.api.Tuple.of(2, Combinators.combine(written(), written()).as(Hyphen::new)));
  }

  static Arbitrary<Constraint> constraints() {
    Arbitrary<List<Primitive>> group = primitives().list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(
            group.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(" ", ",", ", "),
            Arbitraries.of("||", " || ", "|", " | "))
        .as(Constraint::new);
  }
}
