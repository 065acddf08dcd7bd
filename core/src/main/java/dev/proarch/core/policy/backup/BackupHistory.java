package dev.proarch.core.policy.backup;

import dev.proarch.core.InvalidValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a backup history written as text: one ISO-8601 timestamp with a zone per line ({@code
 * 2026-11-25T13:00:00Z} or {@code 2026-11-25T14:00:00+01:00}); blank lines and lines starting with {@code #}
 * are skipped. A timestamp without a zone is rejected, because its hour depends on where it is read.
 */
public final class BackupHistory {
  private static final String EXPECTED =
      "an ISO-8601 timestamp with a zone and a four-digit year, such as 2026-11-25T13:00:00Z";

  private BackupHistory() {}

  /** The timestamps of the history, in file order; the first bad line fails with its 1-based number. */
  public static List<Instant> parse(List<String> lines) throws InvalidValueException {
    List<Instant> backups = new ArrayList<>(lines.size());
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      backups.add(parseTimestamp(line, "backup timestamp on line " + (index + 1)));
    }
    return backups;
  }

  /** One timestamp typed by a user, such as the value of {@code --now}. */
  public static Instant parseTimestamp(String text) throws InvalidValueException {
    return parseTimestamp(text.strip(), "timestamp");
  }

  private static Instant parseTimestamp(String text, String what) throws InvalidValueException {
    if (text.startsWith("+") || text.startsWith("-")) {
      throw new InvalidValueException(what, text, EXPECTED);
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notUtc) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notOffset) {
        throw new InvalidValueException(what, text, EXPECTED);
      }
    }
  }
}
