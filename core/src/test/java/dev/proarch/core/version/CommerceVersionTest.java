package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommerceVersionTest {

  @Test
  void patchReleasesComeAfterTheirBaseAndBeforeTheNextRelease() {
    assertThat(CommerceVersion.of("2.4.3")).isLessThan(CommerceVersion.of("2.4.3-p1"));
    assertThat(CommerceVersion.of("2.4.3-p1")).isLessThan(CommerceVersion.of("2.4.3-p2"));
    assertThat(CommerceVersion.of("2.4.3-p2")).isLessThan(CommerceVersion.of("2.4.4"));
  }

  @Test
  void preReleasesComeBeforeTheirRelease() {
    assertThat(CommerceVersion.of("2.4.9-alpha3")).isLessThan(CommerceVersion.of("2.4.9-beta1"));
    assertThat(CommerceVersion.of("2.4.9-beta1")).isLessThan(CommerceVersion.of("2.4.9"));
    assertThat(CommerceVersion.of("2.4.8-p3")).isLessThan(CommerceVersion.of("2.4.9-alpha3"));
  }

  @Test
  void printsTheCanonicalText() {
    assertThat(CommerceVersion.of("2.3.7-p4")).hasToString("2.3.7-p4");
    assertThat(CommerceVersion.of("2.4.7")).hasToString("2.4.7");
    assertThat(CommerceVersion.of("2.4.9-BETA1")).hasToString("2.4.9-beta1");
  }

  @Test
  void badTextNamesTheInputAndWhatIsExpected() {
    assertThatThrownBy(() -> CommerceVersion.parse("2.4"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2.4'")
        .hasMessageContaining("MAJOR.MINOR.PATCH");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "2.4.x", "2.4.9-beta", "2.4.3-p", "2.4.3-patch1", "v2.4.3", "2.4.3.1", "2.4.3 p1"})
  void everyMalformedTextIsRefusedWithTheExpectedForm(String text) {
    assertThatThrownBy(() -> CommerceVersion.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("such as 2.4.7 or 2.4.3-p2");
    assertThat(CommerceVersion.isValid(text)).isFalse();
  }

  @Test
  void knowsItsBaseLineAndStage() {
    CommerceVersion patch = CommerceVersion.of("2.4.3-p2");
    assertThat(patch.base()).hasToString("2.4.3");
    assertThat(patch.line()).isEqualTo("2.4");
    assertThat(patch.isPatch()).isTrue();
    assertThat(patch.isPreRelease()).isFalse();
    assertThat(CommerceVersion.of("2.4.9-rc1").isPreRelease()).isTrue();
    assertThat(CommerceVersion.of("2.4.9-rc1").base()).isEqualTo(CommerceVersion.of("2.4.9"));
    assertThat(CommerceVersion.of("2.4.7").isAtLeast(CommerceVersion.of("2.4.7"))).isTrue();
    assertThat(CommerceVersion.of("2.4.7-p9").isBefore(CommerceVersion.of("2.4.8-alpha1"))).isTrue();
  }
}
