package dev.proarch.core.version;

/**
 * A version as Composer (composer/semver) normalizes it before comparing: four numbers, a stability and an
 * optional stability number, so {@code 2.4.3-p1} is {@code 2.4.3.0-patch1} and a bare {@code <2.4.9}
 * bound is {@code 2.4.9.0-dev}. The order is PHP's {@code version_compare} on those normalized strings:
 * numbers first, then {@code dev < alpha < beta < RC < (release) < patch}, then the stability number, where
 * a missing number sorts before any number ({@code RC < RC0 < RC1}). Both {@link CommerceVersion} and
 * {@link ServiceVersion} map onto it, so a constraint is evaluated the way the deploy tool evaluates it.
 */
record ComposerVersion(int major, int minor, int patch, int build, Stability stability, int stabilityNumber)
    implements Comparable<ComposerVersion> {

  /** No number after the stability word, as in {@code 6.5-rc} or a {@code -dev} bound. */
  static final int NO_NUMBER = -1;

  /** Composer's stabilities in PHP {@code version_compare} order; a release is {@code STABLE}. */
  enum Stability {
    DEV("dev"),
    ALPHA("alpha"),
    BETA("beta"),
    RC("RC"),
    STABLE(""),
    PATCH("patch");

    private final String normalized;

    Stability(String normalized) {
      this.normalized = normalized;
    }

    String normalized() {
      return normalized;
    }
  }

  static ComposerVersion release(int major, int minor, int patch, int build) {
    return new ComposerVersion(major, minor, patch, build, Stability.STABLE, NO_NUMBER);
  }

  /** The same numbers with another stability, as Composer does when it appends {@code -dev}. */
  ComposerVersion withStability(Stability newStability) {
    return new ComposerVersion(major, minor, patch, build, newStability, NO_NUMBER);
  }

  boolean isPlainRelease() {
    return stability == Stability.STABLE && stabilityNumber == NO_NUMBER;
  }

  @Override
  public int compareTo(ComposerVersion other) {
    int byNumbers = compareNumbers(other);
    if (byNumbers != 0) {
      return byNumbers;
    }
    int byStability = stability.compareTo(other.stability);
    return byStability != 0 ? byStability : Integer.compare(stabilityNumber, other.stabilityNumber);
  }

  private int compareNumbers(ComposerVersion other) {
    int result = Integer.compare(major, other.major);
    if (result == 0) {
      result = Integer.compare(minor, other.minor);
    }
    if (result == 0) {
      result = Integer.compare(patch, other.patch);
    }
    if (result == 0) {
      result = Integer.compare(build, other.build);
    }
    return result;
  }

  /** The normalized text Composer would print, such as {@code 2.4.3.0-patch1}; for messages and tests. */
  @Override
  public String toString() {
    String numbers = major + "." + minor + "." + patch + "." + build;
    if (stability == Stability.STABLE) {
      return numbers;
    }
    return numbers
        + "-"
        + stability.normalized()
        + (stabilityNumber == NO_NUMBER ? "" : Integer.toString(stabilityNumber));
  }
}
