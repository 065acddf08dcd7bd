package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceVersionTest {

  @Test
  void readsTheFormsOfServicesYamlAndTheMatrix() {
    assertThat(ServiceVersion.of("10.6").numbers()).containsExactly(10, 6);
    assertThat(ServiceVersion.of("7.10.0").numbers()).containsExactly(7, 10, 0);
    assertThat(ServiceVersion.of("2").numbers()).containsExactly(2);
    assertThat(ServiceVersion.of("2").minor()).isEqualTo(OptionalInt.empty());
    assertThat(ServiceVersion.of("8.0.1").major()).isEqualTo(8);
    assertThat(ServiceVersion.of("11.4").minor()).isEqualTo(OptionalInt.of(4));
  }

  @Test
  void toleratesTheReleaseCandidateSuffixesOfRealProjects() {
    ServiceVersion rc = ServiceVersion.of("6.5-rc");
    assertThat(rc.stage()).isEqualTo(ServiceVersion.Stage.RC);
    assertThat(rc.stageNumber()).isEmpty();
    assertThat(rc.isPreRelease()).isTrue();
    assertThat(rc).hasToString("6.5-rc");
    assertThat(ServiceVersion.of("7.1-RC")).hasToString("7.1-rc");
    assertThat(ServiceVersion.of("8.0-beta2").stageNumber()).hasValue(2);
  }

  @Test
  void ordersLikeComposerWithPreReleasesFirst() {
    assertThat(ServiceVersion.of("6.5-rc")).isLessThan(ServiceVersion.of("6.5"));
    assertThat(ServiceVersion.of("6.4.9")).isLessThan(ServiceVersion.of("6.5-rc"));
    assertThat(ServiceVersion.of("6.5-rc")).isLessThan(ServiceVersion.of("6.5-rc1"));
    assertThat(ServiceVersion.of("6.5-beta2")).isLessThan(ServiceVersion.of("6.5-rc"));
    assertThat(ServiceVersion.of("7.9")).isLessThan(ServiceVersion.of("7.10"));
    assertThat(ServiceVersion.of("10.11")).isGreaterThan(ServiceVersion.of("10.6"));
    assertThat(ServiceVersion.of("2")).isLessThan(ServiceVersion.of("2.19"));
  }

  @Test
  void theSameVersionWrittenWithMorePartsSortsAfterButIsNotEqual() {
    ServiceVersion shortForm = ServiceVersion.of("10.6");
    ServiceVersion longForm = ServiceVersion.of("10.6.0");
    assertThat(shortForm).isNotEqualTo(longForm).isLessThan(longForm);
    assertThat(VersionConstraint.of("10.6").allows(longForm)).isTrue();
    assertThat(longForm).isLessThan(ServiceVersion.of("10.6.1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "latest", "10.", ".6", "10.6.0.0.1", "6.5-p1", "v10.6", "10,6", "1234567890"})
  void badTextNamesTheInputAndWhatIsExpected(String text) {
    assertThatThrownBy(() -> ServiceVersion.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("such as 10.6");
    assertThat(ServiceVersion.isValid(text)).isFalse();
  }
}
