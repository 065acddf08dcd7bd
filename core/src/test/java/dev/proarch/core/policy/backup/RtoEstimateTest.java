package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RtoEstimateTest {

  @Test
  void matchesThePublishedFigures() {
    assertThat(RtoEstimate.forStorage(60).duration()).isEqualTo(Duration.ofHours(1));
    assertThat(RtoEstimate.forStorage(150).duration()).isEqualTo(Duration.ofMinutes(150));
    assertThat(RtoEstimate.forStorage(200).duration()).isEqualTo(Duration.ofHours(5));
    assertThat(RtoEstimate.forStorage(200).basis()).isEqualTo(RtoBasis.DOCUMENTED);
  }

  @Test
  void interpolatesBetweenAndExtrapolatesBeyondThePublishedSizes() {
    assertThat(RtoEstimate.forStorage(100).duration()).isEqualTo(Duration.ofMinutes(100));
    assertThat(RtoEstimate.forStorage(100).basis()).isEqualTo(RtoBasis.INTERPOLATED);
    assertThat(RtoEstimate.forStorage(175).duration()).isEqualTo(Duration.ofMinutes(225));
    assertThat(RtoEstimate.forStorage(300).duration()).isEqualTo(Duration.ofHours(10));
    assertThat(RtoEstimate.forStorage(300).basis()).isEqualTo(RtoBasis.EXTRAPOLATED);
    assertThat(RtoEstimate.forStorage(20).basis()).isEqualTo(RtoBasis.EXTRAPOLATED);
  }

  @Test
  void rejectsANegativeSize() {
    assertThatThrownBy(() -> RtoEstimate.forStorage(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void rtoEstimateGrowsWithStorageSize(
      @ForAll @LongRange(min = 0, max = 100_000) long smaller, @ForAll @LongRange(min = 1, max = 1_000) long more) {
    assertThat(RtoEstimate.forStorage(smaller + more).duration())
        .isGreaterThan(RtoEstimate.forStorage(smaller).duration());
  }
}
