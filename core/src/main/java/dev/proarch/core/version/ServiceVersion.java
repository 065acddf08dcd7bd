package dev.proarch.core.version;

import dev.proarch.core.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A service version as written after the colon of a services.yaml {@code type} or in the compatibility
 * matrix: one to four numbers ({@code 2}, {@code 10.6}, {@code 7.10.0}, {@code 8.0.1}), optionally
 * followed by a pre-release suffix seen in real projects ({@code 6.5-rc}, {@code 7.1-rc}, {@code 8.0-beta2}).
 *
 * <p>The order is Composer's: missing numbers count as zero and a suffixed version comes before its
 * release ({@code 6.5-rc < 6.5 < 6.5.1}; D-VER-2). Versions that Composer holds equal but that are written
 * with a different number of parts ({@code 10.6} and {@code 10.6.0}) are ordered shorter first, so that
 * the order agrees with {@link #equals}. {@link #toString()} prints the canonical text, which parses back
 * to an equal version.
 */
@Value.Immutable
public abstract class ServiceVersion implements Comparable<ServiceVersion> {
  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?"
              + "(?:[-._]?(alpha|beta|rc)(?:[-.]?(\\d{1,9}))?)?");
  private static final String EXPECTED =
      "one to four numbers separated by dots, with an optional -alpha, -beta or -rc suffix,"
          + " such as 10.6, 7.10.0, 2 or 6.5-rc";

  /** Where a version stands relative to its release: pre-releases first. */
  public enum Stage {
    ALPHA("alpha"),
    BETA("beta"),
    RC("rc"),
    RELEASE("");

    private final String suffix;

    Stage(String suffix) {
      this.suffix = suffix;
    }

    /** The suffix text, such as {@code rc}; empty for a release. */
    public String suffix() {
      return suffix;
    }

    static Stage ofSuffix(String suffix) {
      for (Stage stage : values()) {
        if (stage.suffix.equals(suffix)) {
          return stage;
        }
      }
      throw new IllegalArgumentException("unknown suffix " + suffix);
    }
  }

  /** The numbers as written: {@code [10, 6]} for {@code 10.6}. One to four of them. */
  public abstract List<Integer> numbers();

  public abstract Stage stage();

  /** The number after the suffix ({@code 2} in {@code 8.0-beta2}); empty for {@code 6.5-rc} or a release. */
  public abstract OptionalInt stageNumber();

  public static ImmutableServiceVersion.Builder builder() {
    return ImmutableServiceVersion.builder();
  }

  /** Parses untrusted text, such as the version part of a services.yaml {@code type}. */
  public static ServiceVersion parse(String text) throws InvalidValueException {
    Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new InvalidValueException("service version", text, EXPECTED);
    }
    ImmutableServiceVersion.Builder builder = builder();
    for (int group = 1; group <= 4 && matcher.group(group) != null; group++) {
      builder.addNumbers(Integer.parseInt(matcher.group(group)));
    }
    builder.stage(matcher.group(5) == null ? Stage.RELEASE : Stage.ofSuffix(matcher.group(5)));
    if (matcher.group(6) != null) {
      builder.stageNumber(Integer.parseInt(matcher.group(6)));
    }
    return builder.build();
  }

  /** A trusted version, such as a constant; throws {@link IllegalArgumentException} when malformed. */
  public static ServiceVersion of(String text) {
    try {
      return parse(text);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** True when the text parses as a service version. */
  public static boolean isValid(String text) {
    return FORM.matcher(text.trim().toLowerCase(Locale.ROOT)).matches();
  }

  public int major() {
    return numbers().get(0);
  }

  /** The second number; empty for a major-only version such as OpenSearch's {@code 2}. */
  public OptionalInt minor() {
    return numbers().size() > 1 ? OptionalInt.of(numbers().get(1)) : OptionalInt.empty();
  }

  public boolean isPreRelease() {
    return stage() != Stage.RELEASE;
  }

  @Override
  public int compareTo(ServiceVersion other) {
    // Written out rather than a chained Comparator: its method references are linked on first use.
    int result = toComposer().compareTo(other.toComposer());
    return result != 0 ? result : Integer.compare(numbers().size(), other.numbers().size());
  }

  /** How Composer normalizes this version: {@code 10.6} is {@code 10.6.0.0}, {@code 6.5-rc} is {@code 6.5.0.0-RC}. */
  ComposerVersion toComposer() {
    int[] padded = new int[4];
    for (int i = 0; i < numbers().size(); i++) {
      padded[i] = numbers().get(i);
    }
    ComposerVersion.Stability stability;
    switch (stage()) {
      case ALPHA:
        stability = ComposerVersion.Stability.ALPHA;
        break;
      case BETA:
        stability = ComposerVersion.Stability.BETA;
        break;
      case RC:
        stability = ComposerVersion.Stability.RC;
        break;
      default:
        stability = ComposerVersion.Stability.STABLE;
    }
    return new ComposerVersion(
        padded[0],
        padded[1],
        padded[2],
        padded[3],
        stability,
        stageNumber().orElse(ComposerVersion.NO_NUMBER));
  }

  @Value.Check
  protected void check() {
    if (numbers().isEmpty() || numbers().size() > 4) {
      throw new IllegalArgumentException("a service version has one to four numbers");
    }
    boolean negative = stageNumber().orElse(0) < 0;
    for (int number : numbers()) {
      negative |= number < 0;
    }
    if (negative) {
      throw new IllegalArgumentException("version numbers are never negative");
    }
    if (stage() == Stage.RELEASE && stageNumber().isPresent()) {
      throw new IllegalArgumentException("a release has no stage number");
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int number : numbers()) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(number);
    }
    if (stage() != Stage.RELEASE) {
      text.append('-').append(stage().suffix());
      if (stageNumber().isPresent()) {
        text.append(stageNumber().getAsInt());
      }
    }
    return text.toString();
  }
}
