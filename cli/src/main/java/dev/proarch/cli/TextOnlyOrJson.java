package dev.proarch.cli;

/** Guards the commands that offer text and JSON only, so that {@code --format sarif} is a usage error. */
final class TextOnlyOrJson {
  private TextOnlyOrJson() {}

  static void require(OutputFormat format, String command) {
    if (format != OutputFormat.text && format != OutputFormat.json) {
      throw new IllegalArgumentException("'" + command + "' writes text or json, not " + format);
    }
  }
}
