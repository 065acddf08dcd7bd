package dev.proarch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderIdTest {

  @Property
  void everyWellFormedIdParsesBackToItself(@ForAll("wellFormed") String text) throws InvalidValueException {
    assertThat(ProviderId.parse(text).value()).isEqualTo(text);
    assertThat(ProviderId.of(text)).isEqualTo(ProviderId.parse(text));
  }

  @Property
  void anyTextEitherParsesToAWellFormedIdOrFailsWithTheInput(@ForAll String text) {
    try {
      assertThat(ProviderId.isWellFormed(ProviderId.parse(text).value())).isTrue();
    } catch (InvalidValueException e) {
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.getMessage()).startsWith("invalid provider id");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Kubernetes", "k8s_", "-k8s", "k8s-", "k8s--ops", "9lives", "in memory",
      "a-very-long-provider-id-beyond-32-chars"})
  void malformedIdsAreRejected(String text) {
    assertThatThrownBy(() -> ProviderId.parse(text)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ProviderId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> wellFormed() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(6);
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    return Combinators.combine(first, word, word.list().ofMaxSize(3))
        .as((head, rest, words) -> head + rest + words.stream().map(w -> "-" + w).reduce("", String::concat))
        .filter(text -> text.length() <= 32);
  }
}
