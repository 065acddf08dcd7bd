package dev.proarch.yaml.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PathTextTest {

  @Property(tries = 500)
  void theHandTestOfASimpleKeyAgreesWithItsRegex(
      @ForAll @CharRange(from = 'A', to = 'z') @Chars({'0', '9', '-', '_', '.', ' ', '/', 'é'})
          @StringLength(max = 12) String key) {
    assertThat(PathText.isSimple(key)).isEqualTo(key.matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void simpleKeysJoinWithDotsAndOthersAreQuoted() {
    assertThat(PathText.child("", "mounts")).isEqualTo("mounts");
    assertThat(PathText.child("mounts", "pub/media")).isEqualTo("mounts[\"pub/media\"]");
    assertThat(PathText.child("a", "say \"hi\"")).isEqualTo("a[\"say \\\"hi\\\"\"]");
    assertThat(PathText.child("a", "")).isEqualTo("a[\"\"]");
    assertThat(PathText.item("extensions", 0)).isEqualTo("extensions[0]");
  }
}
