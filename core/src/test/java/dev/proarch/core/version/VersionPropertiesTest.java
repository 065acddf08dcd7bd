package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants of versions and constraints; the constraint oracle is {@link ComposerOracle}. */
class VersionPropertiesTest {

  // ---- Commerce versions ----

  @Property(tries = 300)
  void commerceVersionOrderIsATotalOrder(
      @ForAll("commerceVersions") CommerceVersion a,
      @ForAll("commerceVersions") CommerceVersion b,
      @ForAll("commerceVersions") CommerceVersion c) {
    // total and antisymmetric: exactly one of <, =, > holds, and swapping the sides flips it.
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    // transitive
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
    if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
      assertThat(a.compareTo(c)).isLessThan(0);
    }
  }

  @Property(tries = 300)
  void orderIsConsistentWithEquals(
      @ForAll("commerceVersions") CommerceVersion a,
      @ForAll("commerceVersions") CommerceVersion b,
      @ForAll("serviceVersions") ServiceVersion s,
      @ForAll("serviceVersions") ServiceVersion t) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(s.compareTo(t) == 0).isEqualTo(s.equals(t));
  }

  @Property(tries = 300)
  void parseAndPrintRoundTrip(@ForAll("commerceTexts") String text) throws InvalidValueException {
    CommerceVersion version = CommerceVersion.parse(text);
    assertThat(version).hasToString(text);
    assertThat(CommerceVersion.parse(version.toString())).isEqualTo(version);
  }

  @Property(tries = 300)
  void commerceOrderAgreesWithComposerOrder(
      @ForAll("commerceTexts") String a, @ForAll("commerceTexts") String b) {
    int expected = ComposerOracle.versionCompare(ComposerOracle.normalize(a), ComposerOracle.normalize(b));
    assertThat(Integer.signum(CommerceVersion.of(a).compareTo(CommerceVersion.of(b)))).isEqualTo(expected);
  }

  // ---- Service versions ----

  @Property(tries = 300)
  void serviceVersionOrderIsATotalOrder(
      @ForAll("serviceVersions") ServiceVersion a,
      @ForAll("serviceVersions") ServiceVersion b,
      @ForAll("serviceVersions") ServiceVersion c) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
  }

  @Property(tries = 300)
  void serviceVersionParsePrintRoundTrip(@ForAll("serviceTexts") String text)
      throws InvalidValueException {
    ServiceVersion version = ServiceVersion.parse(text);
    assertThat(version).hasToString(text);
    assertThat(ServiceVersion.parse(version.toString())).isEqualTo(version);
  }

  @Property(tries = 300)
  void serviceOrderAgreesWithComposerOrderWhereComposerTellsThemApart(
      @ForAll("serviceTexts") String a, @ForAll("serviceTexts") String b) {
    int composer = ComposerOracle.versionCompare(ComposerOracle.normalize(a), ComposerOracle.normalize(b));
    int ours = Integer.signum(ServiceVersion.of(a).compareTo(ServiceVersion.of(b)));
    if (composer != 0) {
      assertThat(ours).isEqualTo(composer);
    } else {
      // Composer holds 10.6 and 10.6.0 equal; we order the shorter first, and only then.
      int shorterFirst =
          Integer.signum(ServiceVersion.of(a).numbers().size() - ServiceVersion.of(b).numbers().size());
      assertThat(ours).isEqualTo(shorterFirst);
    }
  }

  // ---- Constraints ----

  @Property(tries = 1000)
  void constraintEvaluationAgreesWithBruteForceOracle(@ForAll("cases") Generated.Case example)
      throws InvalidValueException {
    String text = example.constraint().text();
    VersionConstraint parsed = VersionConstraint.parse(text);
    assertThat(parsed.allows(CommerceVersion.of(example.commerce())))
        .as("%s allows %s (Composer bounds %s)", text, example.commerce(), parsed.normalized())
        .isEqualTo(example.constraint().oracleAllows(ComposerOracle.normalize(example.commerce())));
    assertThat(parsed.allows(ServiceVersion.of(example.service())))
        .as("%s allows %s (Composer bounds %s)", text, example.service(), parsed.normalized())
        .isEqualTo(example.constraint().oracleAllows(ComposerOracle.normalize(example.service())));
  }

  @Property(tries = 300)
  void constraintPrintsAsWrittenAndReparsesToTheSameSet(
      @ForAll("constraints") Generated.Constraint constraint, @ForAll("commerceTexts") String commerce)
      throws InvalidValueException {
    VersionConstraint parsed = VersionConstraint.parse("  " + constraint.text() + " ");
    VersionConstraint reparsed = VersionConstraint.parse(parsed.toString());
    assertThat(parsed).hasToString(constraint.text());
    assertThat(reparsed).isEqualTo(parsed);
    assertThat(reparsed.allows(CommerceVersion.of(commerce)))
        .isEqualTo(parsed.allows(CommerceVersion.of(commerce)));
  }

  @Property(tries = 500)
  void untrustedTextEitherParsesOrFailsWithInvalidValue(@ForAll("noise") String text) {
    for (Parser parser : List.<Parser>of(CommerceVersion::parse, ServiceVersion::parse, VersionConstraint::parse)) {
      try {
        parser.parse(text);
      } catch (InvalidValueException e) {
        assertThat(e.input()).isEqualTo(text);
        assertThat(e.getMessage()).contains("expected");
      }
    }
  }

  @FunctionalInterface
  private interface Parser {
    Object parse(String text) throws InvalidValueException;
  }

  // ---- Generators ----

  @Provide
  Arbitrary<String> commerceTexts() {
    Arbitrary<String> suffix =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Combinators.combine(
                    Arbitraries.of("p", "alpha", "beta", "rc"), Arbitraries.integers().between(1, 3))
                .as((word, number) -> "-" + word + number));
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3),
            suffix)
        .as((major, minor, patch, tail) -> major + "." + minor + "." + patch + tail);
  }

  @Provide
  Arbitrary<CommerceVersion> commerceVersions() {
    return commerceTexts().map(CommerceVersion::of);
  }

  @Provide
  Arbitrary<String> serviceTexts() {
    Arbitrary<String> suffix =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Combinators.combine(
                    Arbitraries.of("alpha", "beta", "rc"),
                    Arbitraries.of("", "1", "2"))
                .as((word, number) -> "-" + word + number));
    return Combinators.combine(
            Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(3), suffix)
        .as(
            (numbers, tail) ->
                numbers.stream().map(String::valueOf).collect(Collectors.joining(".")) + tail);
  }

  @Provide
  Arbitrary<ServiceVersion> serviceVersions() {
    return serviceTexts().map(ServiceVersion::of);
  }

  @Provide
  Arbitrary<Generated.Case> cases() {
    return Generated.cases();
  }

  @Provide
  Arbitrary<Generated.Constraint> constraints() {
    return Generated.constraints();
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("0123456789.-|,~^*<>=! abcdeilprtvx@")
        .ofMaxLength(30);
  }
}
