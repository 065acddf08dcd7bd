package dev.proarch.core;

/**
 * Untrusted text (a version, a tier name, a constraint, a ref name) that does not parse. The message
 * names the input and says what was expected, so that a command can print it as it is.
 */
public final class InvalidValueException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String expected;

  public InvalidValueException(String what, String input, String expected) {
    super("invalid " + what + " '" + input + "': expected " + expected);
    this.input = input;
    this.expected = expected;
  }

  /** The text that was rejected. */
  public String input() {
    return input;
  }

  /** What a valid input looks like. */
  public String expected() {
    return expected;
  }
}
