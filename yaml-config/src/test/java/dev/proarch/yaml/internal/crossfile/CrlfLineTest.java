package dev.proarch.yaml.internal.crossfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CrlfLineTest {

  @Property(tries = 1000)
  void theFirstCrlfIsReportedOnTheLineThatEndsWithIt(
      @ForAll @Chars({'a', '\r', '\n', ' '}) @StringLength(max = 30) String text) {
    assertThat(FileHygieneCheck.firstCrlfLine(text.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(expected(text));
  }

  /** The line number counted from the start: one plus the LF characters before the first CRLF. */
  private static Optional<Integer> expected(String text) {
    int at = text.indexOf("\r\n");
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of(1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count());
  }
}
