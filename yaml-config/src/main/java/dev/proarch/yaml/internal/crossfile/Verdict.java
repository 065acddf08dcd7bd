package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Severity;
import dev.proarch.core.version.CommerceVersion;
import java.util.List;

/**
 * Which releases in scope fail a version rule. A rule keeps its own severity when every release fails
 * and is at most a warning when only some do, since the project may be on a release that passes (D-XF-2).
 */
public final class Verdict {
  private static final int LISTED = 6;

  private final CommerceTarget target;
  private final List<CommerceVersion> failing;

  Verdict(CommerceTarget target, List<CommerceVersion> failing) {
    this.target = target;
    this.failing = failing;
  }

  public boolean fails() {
    return !failing.isEmpty();
  }

  public boolean failsForAll() {
    return fails() && failing.size() == target.releases().size();
  }

  /** The failing releases, oldest first. */
  public List<CommerceVersion> failing() {
    return failing;
  }

  /** The first failing release, for the expected values in a message. */
  public CommerceVersion firstFailing() {
    return failing.get(0);
  }

  /** The rule's severity when every release fails; otherwise at most a warning. */
  public Severity severity(Severity ruleSeverity) {
    return failsForAll() || ruleSeverity != Severity.ERROR ? ruleSeverity : Severity.WARNING;
  }

  /** "Commerce 2.4.4", "every known release ^2.4 allows (...)" or "3 of the 17 known releases ... (...)". */
  public String scope() {
    return failsForAll() ? target.describeAll() : target.describeSome(failing);
  }

  /** The failing releases as one detail value. */
  public String failingText() {
    return join(failing, failing.size());
  }

  /** Up to six releases; a longer list shows its first five and its last. */
  static String list(List<CommerceVersion> releases) {
    if (releases.size() <= LISTED) {
      return join(releases, releases.size());
    }
    return join(releases, LISTED - 1) + ", ..., " + releases.get(releases.size() - 1);
  }

  /** The first {@code count} releases, comma-separated. */
  private static String join(List<CommerceVersion> releases, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(releases.get(i));
    }
    return text.toString();
  }
}
