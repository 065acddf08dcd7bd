package dev.proarch.core.version;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.version.ComposerVersion.Stability;
import dev.proarch.core.version.Comparison.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Composer constraint the way composer/semver's {@code VersionParser::parseConstraints} does and
 * expands it into OR-groups of AND-ed {@link Comparison}s. Each branch below names the Composer rule it
 * mirrors; where Composer accepts a form that has no meaning for Commerce or service versions (branch
 * names such as {@code dev-main}, {@code 1.x-dev}, date versions) the text is refused instead.
 */
final class ConstraintParser {
  static final String EXPECTED =
      "a Composer constraint such as >=2.4.4 <2.4.6, ~8.0.0, ^2, 1.2.*, 10.11 or 2.4.7-p3 || 2.4.8";

  private static final int MAX_LENGTH = 1000;
  private static final String MODIFIER =
      "[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\\d{1,9})*+))?([.-]?dev)?";
  private static final Pattern VERSION =
      Pattern.compile(
          "v?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?" + MODIFIER,
          Pattern.CASE_INSENSITIVE);
  /** Composer appends {@code -dev} to a {@code <} or {@code >=} bound unless its text ends in one of these. */
  private static final Pattern DASH_MODIFIER =
      Pattern.compile("-" + MODIFIER + "$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MATCH_ALL = Pattern.compile("v?[xX*](?:\\.[xX*])*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TILDE = Pattern.compile("~(>?)(.*)");
  private static final Pattern CARET = Pattern.compile("\\^(.*)");
  private static final Pattern X_RANGE =
      Pattern.compile("v?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:\\.[xX*])++");
  private static final Pattern OPERATOR_ONLY = Pattern.compile("<>|!=|>=?|<=?|==?");
  private static final Pattern BASIC = Pattern.compile("(<>|!=|>=?|<=?|==?)?\\s*(.*)");
  private static final Pattern STABILITY_FLAG =
      Pattern.compile("([^,\\s]*?)@(stable|rc|beta|alpha|dev)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OR = Pattern.compile("\\s*\\|\\|?\\s*");
  private static final Pattern AND = Pattern.compile("\\s*,\\s*|\\s+");

  private ConstraintParser() {}

  static List<List<Comparison>> parse(String text) throws InvalidValueException {
    try {
      return alternatives(text);
    } catch (Unreadable e) {
      throw new InvalidValueException(
          "version constraint", text, EXPECTED + " (" + e.getMessage() + ")");
    }
  }

  private static List<List<Comparison>> alternatives(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new Unreadable("longer than " + MAX_LENGTH + " characters");
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw new Unreadable("the constraint is empty");
    }
    List<List<Comparison>> groups = new ArrayList<>();
    for (String group : OR.split(trimmed, -1)) {
      if (group.isEmpty()) {
        throw new Unreadable("an alternative of || is empty");
      }
      groups.add(List.copyOf(conjunction(group)));
    }
    return List.copyOf(groups);
  }

  /** Composer splits AND-ed parts on a space or a comma, but keeps {@code >= 1.0} and {@code 1 - 2} whole. */
  private static List<Comparison> conjunction(String group) {
    String[] tokens = AND.split(group, -1);
    List<Comparison> comparisons = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      String token = tokens[i];
      if (token.isEmpty()) {
        throw new Unreadable("an empty part between commas");
      }
      if (OPERATOR_ONLY.matcher(token).matches() && i + 1 < tokens.length) {
        i++;
        token = token + tokens[i];
      }
      if (i + 2 < tokens.length && tokens[i + 1].equals("-")) {
        comparisons.addAll(hyphenRange(token, tokens[i + 2]));
        i += 3;
      } else if (i + 2 < tokens.length && tokens[i + 1].equals("as")) {
        // "2.4.7 as 2.4.6" is an alias; as in Composer, only the left side constrains.
        comparisons.addAll(primitive(token));
        i += 3;
      } else {
        comparisons.addAll(primitive(token));
        i++;
      }
    }
    return comparisons;
  }

  private static List<Comparison> primitive(String original) {
    String token = original;
    Optional<Stability> flag = Optional.empty();
    Matcher flagged = STABILITY_FLAG.matcher(token);
    if (flagged.matches()) {
      token = flagged.group(1).isEmpty() ? "*" : flagged.group(1);
      flag = stabilityFlag(flagged.group(2));
    }
    if (MATCH_ALL.matcher(token).matches()) {
      return List.of();
    }
    Matcher tilde = TILDE.matcher(token);
    if (tilde.matches()) {
      if (!tilde.group(1).isEmpty()) {
        throw new Unreadable("'" + original + "' uses ~>; Composer's operator is ~");
      }
      return tildeRange(version(tilde.group(2), original));
    }
    Matcher caret = CARET.matcher(token);
    if (caret.matches()) {
      return caretRange(version(caret.group(1), original));
    }
    Matcher xRange = X_RANGE.matcher(token);
    if (xRange.matches()) {
      return wildcardRange(xRange);
    }
    return basic(token, original, flag);
  }

  private static Optional<Stability> stabilityFlag(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "dev":
        return Optional.of(Stability.DEV);
      case "alpha":
        return Optional.of(Stability.ALPHA);
      case "beta":
        return Optional.of(Stability.BETA);
      case "rc":
        return Optional.of(Stability.RC);
      default:
        return Optional.empty();
    }
  }

  /** {@code ~1.2.3} is {@code >=1.2.3.0-dev <1.3.0.0-dev}; {@code ~1.2} and {@code ~1} reach to 2.0. */
  private static List<Comparison> tildeRange(VersionText version) {
    int position = version.lastPosition();
    ComposerVersion high = version.bumped(Math.max(1, position - 1));
    return List.of(new Comparison(Operator.GE, version.lowBound()), new Comparison(Operator.LT, high));
  }

  /** {@code ^1.2.3} keeps the left-most non-zero number: {@code >=1.2.3.0-dev <2.0.0.0-dev}. */
  private static List<Comparison> caretRange(VersionText version) {
    int position;
    if (!"0".equals(version.number(1)) || version.number(2) == null) {
      position = 1;
    } else if (!"0".equals(version.number(2)) || version.number(3) == null) {
      position = 2;
    } else {
      position = 3;
    }
    return List.of(
        new Comparison(Operator.GE, version.lowBound()),
        new Comparison(Operator.LT, version.bumped(position)));
  }

  /** {@code 1.2.*} is {@code >=1.2.0.0-dev <1.3.0.0-dev}; {@code 1.*} is {@code >=1.0.0.0-dev <2.0.0.0-dev}. */
  /** The lowest version there is, 0.0.0.0-dev: a wildcard range from it has no lower bound. */
  private static final ComposerVersion LOWEST = ComposerVersion.release(0, 0, 0, 0).withStability(Stability.DEV);

  private static List<Comparison> wildcardRange(Matcher matcher) {
    VersionText version = VersionText.of(matcher.group(1), matcher.group(2), matcher.group(3));
    int position = version.lastPosition();
    ComposerVersion low = version.padded(position).withStability(Stability.DEV);
    ComposerVersion high = version.bumped(position);
    Comparison upper = new Comparison(Operator.LT, high);
    // compareTo, not the record's equals, which bootstraps through invokedynamic on its first call.
    if (low.compareTo(LOWEST) == 0) {
      return List.of(upper);
    }
    return List.of(new Comparison(Operator.GE, low), upper);
  }

  /**
   * {@code 1.0 - 2.0} is inclusive: {@code >=1.0.0.0-dev}, and {@code <2.1.0.0-dev} because the upper side
   * is partial; a full upper side such as {@code 2.0.3} gives {@code <=2.0.3.0}.
   */
  private static List<Comparison> hyphenRange(String from, String to) {
    String range = from + " - " + to;
    VersionText low = version(from, range);
    VersionText high = version(to, range);
    Comparison upper;
    if ((high.number(2) != null && high.number(3) != null) || high.hasModifier()) {
      upper = new Comparison(Operator.LE, high.normalized());
    } else {
      upper = new Comparison(Operator.LT, high.bumped(high.number(2) == null ? 1 : 2));
    }
    return List.of(new Comparison(Operator.GE, low.lowBound()), upper);
  }

  /**
   * A comparison or a bare version. As in Composer, {@code <} and {@code >=} on a version without a
   * suffix compare with its {@code -dev} form, so {@code <2.4.9} excludes 2.4.9's pre-releases and
   * {@code >=2.4.9} includes them; {@code >}, {@code <=}, {@code =} and {@code !=} compare as written.
   */
  private static List<Comparison> basic(String token, String original, Optional<Stability> flag) {
    Matcher matcher = BASIC.matcher(token);
    if (!matcher.matches()) {
      throw new Unreadable("'" + original + "' is not a version or a range");
    }
    String symbol = matcher.group(1) == null ? "" : matcher.group(1);
    Operator operator = Operator.ofSymbol(symbol);
    String versionText = matcher.group(2);
    ComposerVersion bound = version(versionText, original).normalized();
    boolean isEquality = symbol.isEmpty() || symbol.equals("=") || symbol.equals("==");
    // Composer applies an @flag only to a stable bound; a patch release counts as stable there.
    boolean isStable = bound.stability() == Stability.STABLE || bound.stability() == Stability.PATCH;
    if (!isEquality && flag.isPresent() && isStable) {
      bound = appendStability(bound, flag.get(), original);
    } else if ((operator == Operator.LT || operator == Operator.GE)
        && !DASH_MODIFIER.matcher(versionText).find()) {
      bound = appendStability(bound, Stability.DEV, original);
    }
    return List.of(new Comparison(operator, bound));
  }

  private static ComposerVersion appendStability(
      ComposerVersion bound, Stability stability, String original) {
    if (!bound.isPlainRelease()) {
      throw new Unreadable(
          "'" + original + "' stacks a second stability on a suffixed version; write the suffix with -");
    }
    return bound.withStability(stability);
  }

  private static VersionText version(String text, String original) {
    Matcher matcher = VERSION.matcher(text);
    if (!matcher.matches()) {
      throw new Unreadable("'" + original + "' is not a version or a range");
    }
    return new VersionText(
        new String[] {matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)},
        matcher.group(5) == null ? "" : matcher.group(5).toLowerCase(Locale.ROOT),
        matcher.group(6) == null ? "" : matcher.group(6),
        matcher.group(7) != null && !matcher.group(7).isEmpty(),
        original);
  }

  /** A version as written inside a constraint: up to four numbers, a stability word, a number, -dev. */
  private static final class VersionText {
    private final String[] numbers;
    private final String word;
    private final String wordNumbers;
    private final boolean dev;
    private final String original;

    VersionText(String[] numbers, String word, String wordNumbers, boolean dev, String original) {
      this.numbers = numbers;
      this.word = word;
      this.wordNumbers = wordNumbers;
      this.dev = dev;
      this.original = original;
    }

    static VersionText of(String major, String minor, String patch) {
      return new VersionText(new String[] {major, minor, patch, null}, "", "", false, major);
    }

    /** The number at a 1-based position, or null when the text stops before it. */
    String number(int position) {
      return numbers[position - 1];
    }

    int lastPosition() {
      int position = 4;
      while (position > 1 && number(position) == null) {
        position--;
      }
      return position;
    }

    boolean hasModifier() {
      return !word.isEmpty() || dev;
    }

    /** Composer's lower bound for ~, ^ and hyphen ranges: the version itself, as -dev when unsuffixed. */
    ComposerVersion lowBound() {
      return hasModifier() ? normalized() : normalized().withStability(Stability.DEV);
    }

    ComposerVersion normalized() {
      int[] padded = padded();
      if (word.equals("stable") || word.isEmpty()) {
        Stability stability = word.isEmpty() && dev ? Stability.DEV : Stability.STABLE;
        return new ComposerVersion(
            padded[0], padded[1], padded[2], padded[3], stability, ComposerVersion.NO_NUMBER);
      }
      if (dev) {
        throw new Unreadable("'" + original + "' combines a pre-release with -dev");
      }
      return new ComposerVersion(padded[0], padded[1], padded[2], padded[3], stability(), wordNumber());
    }

    /** The numbers up to a position, zeros after it, as a release. */
    ComposerVersion padded(int position) {
      int[] padded = padded();
      for (int i = position; i < 4; i++) {
        padded[i] = 0;
      }
      return ComposerVersion.release(padded[0], padded[1], padded[2], padded[3]);
    }

    /** Composer's {@code manipulateVersionString(position, +1)} followed by {@code -dev}. */
    ComposerVersion bumped(int position) {
      int[] padded = padded();
      padded[position - 1]++;
      for (int i = position; i < 4; i++) {
        padded[i] = 0;
      }
      return ComposerVersion.release(padded[0], padded[1], padded[2], padded[3])
          .withStability(Stability.DEV);
    }

    private int[] padded() {
      int[] padded = new int[4];
      for (int i = 0; i < 4; i++) {
        padded[i] = numbers[i] == null ? 0 : Integer.parseInt(numbers[i]);
      }
      return padded;
    }

    private Stability stability() {
      switch (word) {
        case "alpha":
        case "a":
          return Stability.ALPHA;
        case "beta":
        case "b":
          return Stability.BETA;
        case "rc":
          return Stability.RC;
        default:
          return Stability.PATCH;
      }
    }

    private int wordNumber() {
      String digits = wordNumbers.replaceFirst("^[.-]", "");
      if (digits.isEmpty()) {
        return ComposerVersion.NO_NUMBER;
      }
      if (!allDigits(digits)) {
        throw new Unreadable("'" + original + "' has more than one number after its suffix");
      }
      return Integer.parseInt(digits);
    }
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A parse failure inside the parser; {@link #parse} turns it into an {@link InvalidValueException}. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }
}
