package dev.proarch.yaml.model;

import java.util.Optional;

/** The two halves of a {@code name:detail} text, such as {@code php:8.3} or {@code mymagento:http}. */
final class ColonPair {
  private ColonPair() {}

  /** The text before the first colon; without a colon, the whole text when {@code wholeIfNone}, else none. */
  static Optional<String> before(Optional<String> text, boolean wholeIfNone) {
    if (text.isEmpty()) {
      return text;
    }
    int colon = text.get().indexOf(':');
    if (colon < 0) {
      return wholeIfNone ? text : Optional.empty();
    }
    return Optional.of(text.get().substring(0, colon));
  }

  /** The text after the first colon; none without a colon. */
  static Optional<String> after(Optional<String> text) {
    if (text.isEmpty()) {
      return text;
    }
    int colon = text.get().indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(text.get().substring(colon + 1));
  }
}
