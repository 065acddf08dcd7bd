package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.version.CommerceReleases;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.VersionConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Commerce releases a validation is about: one exact version, every known release a Composer
 * constraint allows, or none when the version is unknown or allows no known release (D-XF-2). Version
 * rules ask it which of these releases fail them, and rank the finding by how many do. The checks use the
 * named questions ({@link #failsFrom}, {@link #failsOutside}) rather than predicates: a lambda's call site
 * is linked on its first use, at every command start (docs/performance.md).
 */
public final class CommerceTarget {
  private final Optional<String> text;
  private final List<CommerceVersion> releases;
  private final boolean exact;

  private CommerceTarget(Optional<String> text, List<CommerceVersion> releases, boolean exact) {
    this.text = text;
    this.releases = releases;
    this.exact = exact;
  }

  /** Reads the version text of a validation: exact first, then as a constraint. */
  public static CommerceTarget of(Optional<String> versionText) {
    if (versionText.isEmpty() || versionText.get().isBlank()) {
      return new CommerceTarget(Optional.empty(), List.of(), false);
    }
    String text = versionText.get().trim();
    try {
      return new CommerceTarget(Optional.of(text), List.of(CommerceVersion.parse(text)), true);
    } catch (InvalidValueException notExact) {
      try {
        return new CommerceTarget(Optional.of(text), CommerceReleases.allowedBy(VersionConstraint.parse(text)), false);
      } catch (InvalidValueException notAConstraint) {
        return new CommerceTarget(Optional.of(text), List.of(), false);
      }
    }
  }

  /** The version text as given, when there is one. */
  public Optional<String> text() {
    return text;
  }

  /** True when version rules can run: at least one release is in scope. */
  public boolean isKnown() {
    return !releases.isEmpty();
  }

  /** True when a version text was given but allows no known release. */
  public boolean isUnmatched() {
    return text.isPresent() && releases.isEmpty();
  }

  /** The releases in scope, oldest first. */
  public List<CommerceVersion> releases() {
    return releases;
  }

  /** A rule that fails from {@code first} on: the releases in scope that are {@code first} or later. */
  public Verdict failsFrom(CommerceVersion first) {
    return failsBetween(first, Optional.empty());
  }

  /**
   * A rule that fails from {@code first} until {@code fixed}: the releases in scope that are {@code first}
   * or later and, when {@code fixed} is given, earlier than it.
   */
  public Verdict failsBetween(CommerceVersion first, Optional<CommerceVersion> fixed) {
    List<CommerceVersion> failing = new ArrayList<>();
    for (CommerceVersion release : releases) {
      if (release.isAtLeast(first) && (fixed.isEmpty() || !release.isAtLeast(fixed.get()))) {
        failing.add(release);
      }
    }
    return failing(failing);
  }

  /** A rule that fails where a constraint does not allow the release. */
  public Verdict failsOutside(VersionConstraint allowed) {
    List<CommerceVersion> failing = new ArrayList<>();
    for (CommerceVersion release : releases) {
      if (!allowed.allows(release)) {
        failing.add(release);
      }
    }
    return failing(failing);
  }

  /** The verdict of a rule that found these releases in scope failing, oldest first; empty when none did. */
  public Verdict failing(List<CommerceVersion> failing) {
    return new Verdict(this, List.copyOf(failing));
  }

  /** How a message names the releases: "Commerce 2.4.4" or "every release >=2.4.4 <2.4.5 allows". */
  String describeAll() {
    if (exact) {
      return "Commerce " + releases.get(0);
    }
    return "every known release " + text.orElse("") + " allows (" + Verdict.list(releases) + ")";
  }

  String describeSome(List<CommerceVersion> failing) {
    return failing.size() + " of the " + releases.size() + " known releases " + text.orElse("") + " allows ("
        + Verdict.list(failing) + ")";
  }
}
