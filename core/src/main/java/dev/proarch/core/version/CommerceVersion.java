package dev.proarch.core.version;

import dev.proarch.core.InvalidValueException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An Adobe Commerce (Magento) release such as {@code 2.4.7}, {@code 2.4.3-p2} or {@code 2.4.9-beta1}.
 * Patch releases come after their base and pre-releases before it: {@code 2.4.3 < 2.4.3-p1 < 2.4.4} and
 * {@code 2.4.9-alpha3 < 2.4.9-beta1 < 2.4.9}. {@link #toString()} prints the canonical text, which parses
 * back to an equal version.
 */
@Value.Immutable
public abstract class CommerceVersion implements Comparable<CommerceVersion> {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})(?:-(alpha|beta|rc|p)(\\d{1,4}))?");
  private static final String EXPECTED =
      "MAJOR.MINOR.PATCH with an optional -pN, -alphaN, -betaN or -rcN suffix, such as 2.4.7 or 2.4.3-p2";

  /**
   * Where a release stands relative to its base version, in order: pre-releases, the release itself, then
   * its patch releases.
   */
  public enum Stage {
    ALPHA("alpha"),
    BETA("beta"),
    RC("rc"),
    RELEASE(""),
    PATCH("p");

    private final String suffix;

    Stage(String suffix) {
      this.suffix = suffix;
    }

    /** The suffix text, such as {@code p} or {@code beta}; empty for the release itself. */
    public String suffix() {
      return suffix;
    }

    /** True for alpha, beta and release-candidate versions. */
    public boolean isPreRelease() {
      return compareTo(RELEASE) < 0;
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

  public abstract int major();

  public abstract int minor();

  public abstract int patch();

  public abstract Stage stage();

  /** The number after the suffix ({@code 2} in {@code -p2}); 0 for a release. */
  public abstract int stageNumber();

  /** Parses untrusted text, such as a command-line option or a value from composer.lock. */
  public static CommerceVersion parse(String text) throws InvalidValueException {
    Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new InvalidValueException("Commerce version", text, EXPECTED);
    }
    Stage stage = matcher.group(4) == null ? Stage.RELEASE : Stage.ofSuffix(matcher.group(4));
    int number = matcher.group(5) == null ? 0 : Integer.parseInt(matcher.group(5));
    return ImmutableCommerceVersion.builder()
        .major(Integer.parseInt(matcher.group(1)))
        .minor(Integer.parseInt(matcher.group(2)))
        .patch(Integer.parseInt(matcher.group(3)))
        .stage(stage)
        .stageNumber(number)
        .build();
  }

  /** A trusted version, such as a constant; throws {@link IllegalArgumentException} when malformed. */
  public static CommerceVersion of(String text) {
    try {
      return parse(text);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** True when the text parses as a Commerce version. */
  public static boolean isValid(String text) {
    return FORM.matcher(text.trim().toLowerCase(Locale.ROOT)).matches();
  }

  /** The release this version patches or precedes: {@code 2.4.3} for {@code 2.4.3-p2}. */
  public CommerceVersion base() {
    return ImmutableCommerceVersion.builder()
        .major(major())
        .minor(minor())
        .patch(patch())
        .stage(Stage.RELEASE)
        .stageNumber(0)
        .build();
  }

  public boolean isPreRelease() {
    return stage().isPreRelease();
  }

  public boolean isPatch() {
    return stage() == Stage.PATCH;
  }

  /** The release line, such as {@code 2.4}. */
  public String line() {
    return major() + "." + minor();
  }

  public boolean isBefore(CommerceVersion other) {
    return compareTo(other) < 0;
  }

  public boolean isAtLeast(CommerceVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(CommerceVersion other) {
    // Written out rather than a chained Comparator: its method references are linked on first use.
    int result = Integer.compare(major(), other.major());
    if (result == 0) {
      result = Integer.compare(minor(), other.minor());
    }
    if (result == 0) {
      result = Integer.compare(patch(), other.patch());
    }
    if (result == 0) {
      result = stage().compareTo(other.stage());
    }
    if (result == 0) {
      result = Integer.compare(stageNumber(), other.stageNumber());
    }
    return result;
  }

  @Value.Check
  protected void check() {
    if (major() < 0 || minor() < 0 || patch() < 0 || stageNumber() < 0) {
      throw new IllegalArgumentException("version numbers are never negative");
    }
    if (stage() == Stage.RELEASE && stageNumber() != 0) {
      throw new IllegalArgumentException("a release has no stage number");
    }
  }

  /** How Composer normalizes this version: {@code 2.4.3-p1} is {@code 2.4.3.0-patch1} (D-VER-1). */
  ComposerVersion toComposer() {
    switch (stage()) {
      case ALPHA:
        return composer(ComposerVersion.Stability.ALPHA);
      case BETA:
        return composer(ComposerVersion.Stability.BETA);
      case RC:
        return composer(ComposerVersion.Stability.RC);
      case PATCH:
        return composer(ComposerVersion.Stability.PATCH);
      default:
        return ComposerVersion.release(major(), minor(), patch(), 0);
    }
  }

  private ComposerVersion composer(ComposerVersion.Stability stability) {
    return new ComposerVersion(major(), minor(), patch(), 0, stability, stageNumber());
  }

  @Override
  public String toString() {
    String core = major() + "." + minor() + "." + patch();
    return stage() == Stage.RELEASE ? core : core + "-" + stage().suffix() + stageNumber();
  }
}
