package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.version.CommerceReleases;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.VersionConstraint;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Commerce releases a validation is about: one exact version, every known release a Composer
 * constraint allows, or none when the version is unknown or allows no known release (D-XF-2). Version
 * rules ask it which of these releases fail them, and rank the finding by how many do.
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

  /** Which releases in scope fail a rule; empty when none do or when no release is in scope. */
  public Verdict evaluate(Predicate<CommerceVersion> fails) {
    return new Verdict(this, releases.stream().filter(fails).toList());
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
