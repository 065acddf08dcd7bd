package dev.proarch.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RuleIdTest {

  @Property(tries = 300)
  void aNumberedIdIsTheNumberPaddedToThreeDigitsAsFormatWouldWriteIt(@ForAll @IntRange(max = 999) int number) {
    assertThat(RuleId.numbered("PRO-CFG", number).value()).isEqualTo(String.format("PRO-CFG-%03d", number));
  }

  @Test
  void aNumberBeyondThreeDigitsIsRefused() {
    assertThatThrownBy(() -> RuleId.numbered("PRO-CFG", 1000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleId.numbered("PRO-CFG", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
