package dev.proarch.yaml.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CronSpecTest {

  @Property(tries = 500)
  void aPlainMinuteIsAcceptedExactlyWhenItIsWithinZeroToFiftyNine(@ForAll @IntRange(max = 999_999) int minute) {
    assertThat(CronSpec.problem(minute + " * * * *").isEmpty()).isEqualTo(minute <= 59);
  }

  @Property(tries = 300)
  void aPlainDayOfMonthIsAcceptedExactlyWhenItIsWithinOneToThirtyOne(@ForAll @IntRange(max = 99) int day) {
    assertThat(CronSpec.problem("0 0 " + day + " * *").isEmpty()).isEqualTo(day >= 1 && day <= 31);
  }

  @Test
  void plainNumbersLeadingZerosAndLongDigitRunsReadAsBefore() {
    assertThat(CronSpec.plainNumber("05")).isEqualTo(5);
    assertThat(CronSpec.plainNumber("1234567")).isEqualTo(-1);
    assertThat(CronSpec.plainNumber("1a")).isEqualTo(-1);
    assertThat(CronSpec.problem("1234567 * * * *")).contains("the minute field '1234567' has the value '1234567' outside 0-59");
    assertThat(CronSpec.problem("60 * * * *")).contains("the minute field '60' has the value '60' outside 0-59");
    assertThat(CronSpec.problem("*/5 1,2 * jan-mar mon")).isEmpty();
    assertThat(CronSpec.problem("H(0-29) * * * *")).isEmpty();
  }
}
