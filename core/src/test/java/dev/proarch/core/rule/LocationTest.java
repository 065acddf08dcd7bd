package dev.proarch.core.rule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void anEndBeforeTheStartIsStructurallyImpossible() {
    assertThatThrownBy(() -> Location.builder().file("a").line(5).column(1).endLine(4).endColumn(1).build())
        .hasMessageContaining("end line");
  }

  @Test
  void linesAreOneBased() {
    assertThatThrownBy(() -> Location.at("a", 0, 1)).hasMessageContaining("1-based");
  }
}
