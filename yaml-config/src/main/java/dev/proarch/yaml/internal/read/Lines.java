package dev.proarch.yaml.internal.read;

import java.util.ArrayList;
import java.util.List;

/** Cuts a file's text into lines, as YAML reads them. */
public final class Lines {
  private Lines() {}

  /**
   * The lines of a text split at CRLF, CR or LF, without their terminators; a text that ends with a line
   * break has an empty last line. A hand scan: a regex split cost a fifth of a validation
   * (docs/performance.md), and callers split only when they need lines at all.
   */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return List.copyOf(lines);
  }
}
