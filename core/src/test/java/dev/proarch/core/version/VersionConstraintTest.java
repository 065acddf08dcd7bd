package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VersionConstraintTest {

  private static boolean allowsCommerce(String constraint, String version) {
    return VersionConstraint.of(constraint).allows(CommerceVersion.of(version));
  }

  private static boolean allowsService(String constraint, String version) {
    return VersionConstraint.of(constraint).allows(ServiceVersion.of(version));
  }

  @ParameterizedTest(name = "{0} allows {1}: {2}")
  @CsvSource({
    // <2.4.9 is <2.4.9.0-dev: the pre-releases of 2.4.9 are excluded ...
    "'<2.4.9', 2.4.8-p4, true",
    "'<2.4.9', 2.4.9-alpha3, false",
    "'<2.4.9', 2.4.9-beta1, false",
    // ... while >=2.4.9 is >=2.4.9.0-dev and includes them.
    "'>=2.4.9', 2.4.9-alpha1, true",
    "'>=2.4.9', 2.4.8-p4, false",
    // A patch release is a post-release: after its base, before the next release.
    "'>2.4.7', 2.4.7-p3, true",
    "'<2.4.8', 2.4.7-p3, true",
    "'>=2.4.7 <2.4.8', 2.4.7-p9, true",
    // <= on a release excludes its patches (the redis row).
    "'<=2.4.8', 2.4.8, true",
    "'<=2.4.8', 2.4.8-p1, false",
    // A bare version is an exact match: 2.4.4 does not allow 2.4.4-p1.
    "'2.4.4', 2.4.4, true",
    "'2.4.4', 2.4.4-p1, false",
    "'=2.4.4', 2.4.4-p1, false",
    "'==2.4.4', 2.4.4, true",
    "'!=2.4.4', 2.4.4-p1, true",
    "'<>2.4.4', 2.4.4, false",
    // A bound written with a suffix is compared as written.
    "'<2.3.7-p4', 2.3.7-p3, true",
    "'<2.3.7-p4', 2.3.7-p4, false",
    "'>=2.4.9-beta1', 2.4.9-alpha3, false",
    "'>=2.4.9-beta1', 2.4.9-beta1, true",
    "'<2.4.9-beta1', 2.4.9-alpha3, true",
    "'>2.4.9-alpha3', 2.4.9-beta1, true",
    // ~2.3.7-p4 is >=2.3.7-p4 <2.4.0-dev.
    "'~2.3.7-p4', 2.3.7-p3, false",
    "'~2.3.7-p4', 2.3.7-p4, true",
    "'~2.3.7-p4', 2.3.8, true",
    "'~2.3.7-p4', 2.4.0-alpha1, false",
    // ~2.4.0 is >=2.4.0-dev <2.5.0-dev; ~2.4 is >=2.4.0-dev <3.0.0-dev.
    "'~2.4.0', 2.4.9-beta1, true",
    "'~2.4.0', 2.3.7-p4, false",
    "'~2.4', 2.9.0, true",
    "'^2.4', 2.4.0-alpha1, true",
    "'^2.4', 3.0.0, false",
    "'2.4.*', 2.4.8-p4, true",
    "'2.4.*', 2.5.0, false",
    "'2.*', 2.0.0, true",
    "'*', 2.0.0, true",
    // AND by space or comma, OR by || or |.
    "'>=2.4.0 <2.4.4 || ~2.3.7-p4', 2.3.7-p4, true",
    "'>=2.4.0 <2.4.4 || ~2.3.7-p4', 2.4.4, false",
    "'>=2.4.0,<2.4.4', 2.4.3-p3, true",
    "'>=2.4.0, <2.4.4', 2.4.4, false",
    "'2.4.6 | 2.4.7', 2.4.7, true",
    "'>= 2.4.0 < 2.4.4', 2.4.3, true",
    // Hyphen ranges are inclusive; a partial upper side reaches to the end of its line.
    "'2.4.0 - 2.4.3', 2.4.3, true",
    "'2.4.0 - 2.4.3', 2.4.3-p1, false",
    "'2.4.0 - 2.4.3', 2.4.0-alpha1, true",
    "'2.3 - 2.4', 2.4.8-p4, true",
    "'2.3 - 2.4', 2.5.0-alpha1, false",
    // Aliases constrain by their left side; @flags lower a stable bound's stability.
    "'2.4.7-p3 as 2.4.7', 2.4.7-p3, true",
    "'>=2.4.9@beta', 2.4.9-beta1, true",
    "'>=2.4.9@beta', 2.4.9-alpha3, false",
  })
  void evaluatesCommerceVersionsLikeComposer(String constraint, String version, boolean allowed) {
    assertThat(allowsCommerce(constraint, version)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} allows {1}: {2}")
  @CsvSource({
    // The matrix's exact-version cells work because detected versions are major.minor.
    "'10.11', 10.11, true",
    "'10.11', 10.11.0, true",
    "'10.11', 10.11.2, false",
    "'10.11', 10.6, false",
    "'11.4 <11.5', 11.4, true",
    "'11.4 <11.5', 11.4.1, false",
    "'11.4 <11.5', 11.5, false",
    "'>=7.3 <7.5', 7.4, true",
    "'>=7.3 <7.5', 7.5, false",
    "'>=7.3 <7.5', 7.5-rc, false",
    "'>10.4 <10.6', 10.4, false",
    "'>10.4 <10.6', 10.4.1, true",
    "'>10.4 <10.6', 10.5, true",
    "'~8.0.0 || ~8.0.1', 8.0, true",
    "'~8.0.0 || ~8.0.1', 8.1, false",
    "'~7.10.0', 7.10, true",
    "'~7.10.0', 7.10.2, true",
    "'~7.10.0', 7.11, false",
    "'~6.5.0', 6.5-rc, true",
    "'^2', 2, true",
    "'^2', 2.19, true",
    "'^2', 3, false",
    "'^1.9.0', 1.28, true",
    "'^1.9.0', 1.8, false",
    "'1.2.*', 1.2, true",
    "'1.2.*', 1.3, false",
    "'~1.1.0 || 1.2.*', 1.1, true",
    "'>4.0 <=4.1', 4.1, true",
    "'>4.0 <=4.1', 4.1.1, false",
    "'>4.0 <=4.1', 4.0, false",
    "'3.13 || 4.1', 3.13, true",
    "'3.13 || 4.1', 4.0, false",
    "'^6 || ^8 || ^10 || ^11', 10, true",
    "'^6 || ^8 || ^10 || ^11', 9, false",
    "'^0.3', 0.3.9, true",
    "'^0.3', 0.4, false",
    "'^0.0.3', 0.0.4, false",
    "'^0.0', 0.0.5, true",
    "'^0.0', 0.1, false",
    "'<7.1', 7.1-rc, false",
    "'>=7.1', 7.1-rc, true",
    "'>7.0', 7.1-rc, true",
  })
  void evaluatesServiceVersionsLikeComposer(String constraint, String version, boolean allowed) {
    assertThat(allowsService(constraint, version)).isEqualTo(allowed);
  }

  @Test
  void showsTheBoundsComposerComparesWith() {
    assertThat(VersionConstraint.of("<2.4.9").normalized()).isEqualTo("[< 2.4.9.0-dev]");
    assertThat(VersionConstraint.of(">=2.4.9").normalized()).isEqualTo("[>= 2.4.9.0-dev]");
    assertThat(VersionConstraint.of("<=2.4.8").normalized()).isEqualTo("[<= 2.4.8.0]");
    assertThat(VersionConstraint.of("~2.3.7-p4").normalized())
        .isEqualTo("[>= 2.3.7.0-patch4, < 2.4.0.0-dev]");
    assertThat(VersionConstraint.of("^2").normalized()).isEqualTo("[>= 2.0.0.0-dev, < 3.0.0.0-dev]");
    assertThat(VersionConstraint.of("1.2.*").normalized()).isEqualTo("[>= 1.2.0.0-dev, < 1.3.0.0-dev]");
    assertThat(VersionConstraint.of("*").normalized()).isEqualTo("*");
    assertThat(VersionConstraint.of("10.11 || 11.4 <11.5").normalized())
        .isEqualTo("[== 10.11.0.0] || [== 11.4.0.0, < 11.5.0.0-dev]");
  }

  @Test
  void printsTheTextAsWrittenWithoutSurroundingSpace() {
    assertThat(VersionConstraint.of(" ~8.0.0 || ~8.0.1")).hasToString("~8.0.0 || ~8.0.1");
    assertThat(VersionConstraint.of(">=2.4.0 <2.4.4 || ~2.3.7-p4"))
        .hasToString(">=2.4.0 <2.4.4 || ~2.3.7-p4");
    assertThat(VersionConstraint.of("^2")).isEqualTo(VersionConstraint.of("^2 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "foo", "2.4.x-dev", "dev-main", "~>2.4", "~ 2.4", ">=", "2.4 ||", "|| 2.4", "2.4,,2.5",
        ">=2.4.*", "2.4.9-beta1-dev", "1.0 -2.0", "2..4", "^", "~", "2.4.9-beta1.2",
      })
  void badTextNamesTheInputAndWhatIsExpected(String text) {
    assertThatThrownBy(() -> VersionConstraint.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("Composer constraint");
    assertThat(VersionConstraint.isValid(text)).isFalse();
  }
}
