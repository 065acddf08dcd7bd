package dev.proarch.core.rule;

import dev.proarch.core.InvalidValueException;
import java.util.Locale;

/** How much a finding matters. Declared most severe first, so that {@code compareTo} ranks them. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in every output format: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Parses a label written by a user, in any case. */
  public static Severity parse(String text) throws InvalidValueException {
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(text.trim())) {
        return severity;
      }
    }
    throw new InvalidValueException(
        "severity",
        text,
        labels());
  }

  private static String labels() {
    StringBuilder labels = new StringBuilder();
    for (Severity severity : values()) {
      if (labels.length() > 0) {
        labels.append(", ");
      }
      labels.append(severity.label());
    }
    return labels.toString();
  }
}
