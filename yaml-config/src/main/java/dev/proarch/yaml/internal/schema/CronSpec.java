package dev.proarch.yaml.internal.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates five-field cron schedules: minute 0-59, hour 0-23, day of month 1-31, month 1-12 (or jan-dec),
 * day of week 0-7 (or sun-sat), each field a list of {@code *}, values, ranges and steps. Platform.sh's
 * hashed {@code H} forms and the {@code @daily}-style macros are accepted.
 */
final class CronSpec {
  private static final String[] FIELD_NAMES = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
  private static final List<String> MACROS =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  // Compiled once: cron checks run for every job of every validated file.
  private static final Pattern MINUTE_STEP = Pattern.compile("\\*/(\\d+)");
  private static final Pattern MINUTE_LIST = Pattern.compile("\\d+(,\\d+)+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ITEM =
      Pattern.compile("(\\*|H(?:\\((\\w+)-(\\w+)\\))?|(\\w+)(?:-(\\w+))?)(?:/(\\d+))?");

  private CronSpec() {}

  /** Why the spec is invalid, or empty when it is valid. */
  static Optional<String> problem(String spec) {
    String trimmed = spec.trim();
    if (MACROS.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String[] fields = WHITESPACE.split(trimmed);
    if (fields.length != 5) {
      return Optional.of("it has " + (trimmed.isEmpty() ? 0 : fields.length) + " fields instead of 5");
    }
    for (int i = 0; i < 5; i++) {
      Optional<String> problem = fieldProblem(fields[i], i);
      if (problem.isPresent()) {
        return Optional.of("the " + FIELD_NAMES[i] + " field '" + fields[i] + "' " + problem.get());
      }
    }
    return Optional.empty();
  }

  /** The shortest gap in minutes between runs when the hour field is {@code *}, for interval checks. */
  static OptionalInt minuteGap(String spec) {
    String[] fields = WHITESPACE.split(spec.trim());
    if (fields.length != 5 || !fields[1].equals("*")) {
      return OptionalInt.empty();
    }
    String minute = fields[0];
    if (minute.equals("*")) {
      return OptionalInt.of(1);
    }
    Matcher step = MINUTE_STEP.matcher(minute);
    if (step.matches()) {
      return OptionalInt.of(Integer.parseInt(step.group(1)));
    }
    if (MINUTE_LIST.matcher(minute).matches()) {
      String[] items = minute.split(",");
      int[] values = new int[items.length];
      for (int i = 0; i < items.length; i++) {
        values[i] = Integer.parseInt(items[i]);
      }
      Arrays.sort(values);
      int gap = 60 - values[values.length - 1] + values[0];
      for (int i = 1; i < values.length; i++) {
        gap = Math.min(gap, values[i] - values[i - 1]);
      }
      return OptionalInt.of(gap);
    }
    return OptionalInt.empty();
  }

  private static Optional<String> fieldProblem(String field, int index) {
    for (String item : field.split(",", -1)) {
      // Most items are * or a plain number: answered without the item pattern.
      if (item.equals("*")) {
        continue;
      }
      int plain = plainNumber(item);
      if (plain >= 0) {
        if (plain < RANGES[index][0] || plain > RANGES[index][1]) {
          return Optional.of("has the value '" + item + "' outside " + RANGES[index][0] + "-" + RANGES[index][1]);
        }
        continue;
      }
      Matcher matcher = ITEM.matcher(item);
      if (!matcher.matches()) {
        return Optional.of("is not a cron field (use *, a value, a range a-b, a list or a step /n)");
      }
      int min = RANGES[index][0];
      int max = RANGES[index][1];
      if (matcher.group(6) != null) {
        int step = Integer.parseInt(matcher.group(6).length() > 6 ? "999999" : matcher.group(6));
        if (step < 1 || step > max) {
          return Optional.of("has step /" + matcher.group(6) + " outside " + min + "-" + max);
        }
      }
      for (int group : new int[] {2, 3, 4, 5}) {
        String value = matcher.group(group);
        if (value == null) {
          continue;
        }
        Optional<Integer> number = value(value, index);
        if (number.isEmpty() || number.get() < min || number.get() > max) {
          return Optional.of("has the value '" + value + "' outside " + min + "-" + max);
        }
      }
    }
    return Optional.empty();
  }

  /** The value of one to six ASCII digits, or -1 for any other text. */
  static int plainNumber(String text) {
    if (text.isEmpty() || text.length() > 6) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Optional<Integer> value(String text, int index) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (index == 3 && MONTHS.contains(lower)) {
      return Optional.of(MONTHS.indexOf(lower) + 1);
    }
    if (index == 4 && DAYS.contains(lower)) {
      return Optional.of(DAYS.indexOf(lower));
    }
    int number = plainNumber(text);
    return number < 0 ? Optional.empty() : Optional.of(number);
  }
}
