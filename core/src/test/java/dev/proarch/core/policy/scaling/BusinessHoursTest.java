package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  @Test
  void countsMondayToFridayAndSkipsTheWeekend() {
    Instant saturday = Instant.parse("2026-11-28T00:00:00Z");
    assertThat(BusinessHours.between(saturday, saturday.plus(Duration.ofDays(2)))).isZero();
    assertThat(BusinessHours.between(Instant.parse("2026-11-27T18:00:00Z"), Instant.parse("2026-11-30T06:00:00Z")))
        .isEqualTo(Duration.ofHours(12));
  }

  @Property
  void businessHoursOfAnySevenDaysAreOneHundredTwenty(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long start) {
    Instant from = Instant.ofEpochSecond(start);
    assertThat(BusinessHours.between(from, from.plus(Duration.ofDays(7)))).isEqualTo(Duration.ofHours(120));
  }

  @Property
  void businessHoursNeverExceedElapsedTimeAndAddUp(
      @ForAll @LongRange(min = 0, max = 4_102_444_800L) long start,
      @ForAll @LongRange(min = 0, max = 10_000_000) long first,
      @ForAll @LongRange(min = 0, max = 10_000_000) long second) {
    Instant a = Instant.ofEpochSecond(start);
    Instant b = a.plusSeconds(first);
    Instant c = b.plusSeconds(second);
    assertThat(BusinessHours.between(a, b)).isLessThanOrEqualTo(Duration.ofSeconds(first));
    assertThat(BusinessHours.between(a, c)).isEqualTo(BusinessHours.between(a, b).plus(BusinessHours.between(b, c)));
  }
}
