package dev.proarch.core.version;

import java.util.List;
import java.util.Locale;

/**
 * An oracle written apart from the production code, for the properties: it normalizes version texts with
 * string edits, as composer/semver's {@code VersionParser::normalize} does, and compares them with a
 * transcription of PHP's {@code version_compare} (php-src {@code ext/standard/versioning.c}). It shares
 * no code with {@link ComposerVersion} or {@link ConstraintParser}.
 */
final class ComposerOracle {
  private static final List<String> SPECIAL_FORMS =
      List.of("dev", "alpha", "a", "beta", "b", "RC", "rc", "#", "pl", "p");
  private static final int[] SPECIAL_ORDER = {0, 1, 1, 2, 2, 3, 3, 4, 5, 5};

  private ComposerOracle() {}

  /**
   * Normalizes {@code 2.4.3-p1} to {@code 2.4.3.0-patch1}, {@code 10.6} to {@code 10.6.0.0} and
   * {@code 6.5-rc} to {@code 6.5.0.0-RC}.
   */
  static String normalize(String version) {
    String numbers = version;
    String suffix = "";
    int dash = version.indexOf('-');
    if (dash >= 0) {
      numbers = version.substring(0, dash);
      suffix = version.substring(dash + 1).toLowerCase(Locale.ROOT);
    }
    String[] parts = numbers.split("\\.");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      out.append(i > 0 ? "." : "").append(i < parts.length ? Integer.parseInt(parts[i]) : 0);
    }
    if (suffix.isEmpty()) {
      return out.toString();
    }
    String digits = suffix.replaceAll("[^0-9]", "");
    String word = suffix.replaceAll("[0-9]", "");
    String expanded;
    if (word.equals("p")) {
      expanded = "patch";
    } else if (word.equals("rc")) {
      expanded = "RC";
    } else {
      expanded = word;
    }
    return out + "-" + expanded + digits;
  }

  /** PHP's {@code version_compare($a, $b)}: -1, 0 or 1. */
  static int versionCompare(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() ? 0 : (a.isEmpty() ? -1 : 1);
    }
    // PHP leaves its "#N#" placeholder as it is and canonicalizes everything else.
    String[] left = (a.startsWith("#") ? a : canonicalize(a)).split("\\.", -1);
    String[] right = (b.startsWith("#") ? b : canonicalize(b)).split("\\.", -1);
    int i = 0;
    int compare = 0;
    while (i < left.length && i < right.length && compare == 0) {
      String p1 = left[i];
      String p2 = right[i];
      if (isNumber(p1) && isNumber(p2)) {
        compare = Long.signum(Long.parseLong(p1) - Long.parseLong(p2));
      } else if (!isNumber(p1) && !isNumber(p2)) {
        compare = compareSpecialForms(p1, p2);
      } else if (isNumber(p1)) {
        compare = compareSpecialForms("#N#", p2);
      } else {
        compare = compareSpecialForms(p1, "#N#");
      }
      i++;
    }
    if (compare == 0) {
      if (i < left.length) {
        String rest = String.join(".", List.of(left).subList(i, left.length));
        compare = isNumber(left[i]) ? 1 : versionCompare(rest, "#N#");
      } else if (i < right.length) {
        String rest = String.join(".", List.of(right).subList(i, right.length));
        compare = isNumber(right[i]) ? -1 : versionCompare("#N#", rest);
      }
    }
    return compare;
  }

  private static boolean isNumber(String part) {
    return !part.isEmpty() && Character.isDigit(part.charAt(0));
  }

  private static int compareSpecialForms(String form1, String form2) {
    return Integer.signum(specialOrder(form1) - specialOrder(form2));
  }

  private static int specialOrder(String form) {
    for (int i = 0; i < SPECIAL_FORMS.size(); i++) {
      if (form.startsWith(SPECIAL_FORMS.get(i))) {
        return SPECIAL_ORDER[i];
      }
    }
    return -1;
  }

  /** php_canonicalize_version: {@code -_+} become dots, and a dot separates digits from letters. */
  private static String canonicalize(String version) {
    if (version.isEmpty()) {
      return version;
    }
    StringBuilder out = new StringBuilder();
    char previous = version.charAt(0);
    out.append(previous);
    for (int i = 1; i < version.length(); i++) {
      char c = version.charAt(i);
      char last = out.charAt(out.length() - 1);
      if (c == '-' || c == '_' || c == '+') {
        if (last != '.') {
          out.append('.');
        }
      } else if ((isNonDigit(previous) && isDigit(c)) || (isDigit(previous) && isNonDigit(c))) {
        if (last != '.') {
          out.append('.');
        }
        out.append(c);
      } else if (!Character.isLetterOrDigit(c)) {
        if (last != '.') {
          out.append('.');
        }
      } else {
        out.append(c);
      }
      previous = c;
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c);
  }

  private static boolean isNonDigit(char c) {
    return !Character.isDigit(c) && c != '.';
  }
}
