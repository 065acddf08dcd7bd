package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import org.junit.jupiter.api.Test;

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
}
