package dev.proarch.yaml.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CredentialNameTest {
  /** The pattern the word search replaced; the two must agree on every name. */
  private static final Pattern FORMER =
      Pattern.compile("(?i).*(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIAL).*");

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word =
        Arbitraries.of("token", "Secret", "PASSWD", "api_key", "ApiKey", "private", "_key", "access",
            "credential", "pass", "word", "x", "_", "-", "db");
    return word.list().ofMaxSize(4).map(words -> String.join("", words));
  }

  @Property(tries = 1000)
  void theWordSearchFlagsExactlyTheNamesTheFormerPatternMatched(@ForAll("names") String name) {
    assertThat(AppChecks.looksLikeCredential(name)).isEqualTo(FORMER.matcher(name).matches());
  }

  @Test
  void aLineBreakInTheNameNoLongerHidesTheWord() {
    // The former pattern's dot stopped at a line break, so a quoted key "x\ntoken" escaped it.
    assertThat(FORMER.matcher("x\ntoken").matches()).isFalse();
    assertThat(AppChecks.looksLikeCredential("x\ntoken")).isTrue();
  }
}
