package dev.proarch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.benchmarks.internal.ProcessTimer.Timing;
import dev.proarch.benchmarks.internal.Table;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class MeasurementPropertiesTest {

  @Property(tries = 200)
  void medianIsOneOfTheRunsBetweenMinAndMax(
      @ForAll @Size(min = 1, max = 50) double @DoubleRange(min = 0.001, max = 1e6) [] runs) {
    Timing timing = new Timing("t", runs, 0);

    double median = timing.median();

    assertThat(runs).contains(median);
    assertThat(median).isBetween(Arrays.stream(runs).min().orElseThrow(), Arrays.stream(runs).max().orElseThrow());
    assertThat(timing.percentile(99)).isGreaterThanOrEqualTo(median);
  }

  @Property(tries = 200)
  void ratioRowIsMetExactlyWhenTheRatioIsWithinTheTarget(
      @ForAll @DoubleRange(min = 0.01, max = 1e4) double figure,
      @ForAll @DoubleRange(min = 0.01, max = 1e4) double floor,
      @ForAll @DoubleRange(min = 0.5, max = 5) double target) {
    String row = new Table().ratio("p", "f", figure, "fl", floor, target, false).markdown().lines()
        .skip(2).findFirst().orElseThrow();

    assertThat(row.endsWith("| yes |")).isEqualTo(figure / floor <= target);
  }
}
