package dev.proarch.yaml.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineSplitTest {

  @Property(tries = 500)
  void handSplitLinesAgreeWithTheRegexSplitAtCrLfCrAndLf(
      @ForAll @Chars({'a', 'b', ' ', '\r', '\n', '#'}) @StringLength(max = 40) String text) {
    assertThat(Lines.split(text)).containsExactly(text.split("\\r\\n|\\r|\\n", -1));
  }

  @Test
  void aTrailingNewlineLeavesAnEmptyLastLineAsTheRegexDid() {
    assertThat(Lines.split("a\r\nb\rc\n")).isEqualTo(List.of("a", "b", "c", ""));
  }
}
