package dev.proarch.core.version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Adobe Commerce (Magento 2) releases ProArch knows of, from 2.0.0 to the 2.4.9 pre-releases, in
 * ascending order. Later code uses it to ask which known releases a composer.json constraint allows.
 *
 * <p>How the list was built (D-VER-4): every release of each line (2.0.0–2.0.18, 2.1.0–2.1.18,
 * 2.2.0–2.2.11, 2.3.0–2.3.7, 2.4.0–2.4.8), the patch releases named by the boundaries of the bundled
 * matrix ({@code service-compat.tsv}), the PHP table (config-spec 2.2) and the services table and its
 * notes (config-spec 3.2), each line's patches numbered up to the highest one named there, and the 2.4.9
 * pre-releases alpha1–alpha3 and beta1. 2.4.9 itself is not in the list: the sources know only its
 * pre-releases.
 */
public final class CommerceReleases {
  private static final List<CommerceVersion> ALL = build();

  private CommerceReleases() {}

  /** Every known release, oldest first. */
  public static List<CommerceVersion> all() {
    return ALL;
  }

  /** The known releases that the constraint allows, oldest first; empty when it allows none. */
  public static List<CommerceVersion> allowedBy(VersionConstraint constraint) {
    List<CommerceVersion> allowed = new ArrayList<>();
    for (CommerceVersion release : ALL) {
      if (constraint.allows(release)) {
        allowed.add(release);
      }
    }
    return List.copyOf(allowed);
  }

  /** True when the version is a known release. */
  public static boolean isKnown(CommerceVersion version) {
    return ALL.contains(version);
  }

  private static List<CommerceVersion> build() {
    List<String> texts = new ArrayList<>();
    releases(texts, "2.0", 18);
    releases(texts, "2.1", 18);
    releases(texts, "2.2", 11);
    releases(texts, "2.3", 7);
    // The 2.3 line had one security patch per release from 2.3.2 on (2.3.2-p2 followed 2.3.2 directly).
    texts.addAll(List.of("2.3.2-p2", "2.3.3-p1", "2.3.4-p2", "2.3.5-p1", "2.3.5-p2", "2.3.6-p1"));
    patches(texts, "2.3.7", 4);
    releases(texts, "2.4", 8);
    patches(texts, "2.4.0", 1);
    patches(texts, "2.4.1", 1);
    patches(texts, "2.4.2", 2);
    patches(texts, "2.4.3", 3);
    patches(texts, "2.4.4", 16);
    // config-spec 3.2 names 2.4.5-p16, 2.4.6-p14, 2.4.7-p9 and 2.4.8-p4 as the last releases with Redis.
    patches(texts, "2.4.5", 16);
    patches(texts, "2.4.6", 14);
    patches(texts, "2.4.7", 9);
    patches(texts, "2.4.8", 4);
    texts.addAll(List.of("2.4.9-alpha1", "2.4.9-alpha2", "2.4.9-alpha3", "2.4.9-beta1"));
    CommerceVersion[] versions = new CommerceVersion[texts.size()];
    for (int i = 0; i < versions.length; i++) {
      versions[i] = CommerceVersion.of(texts.get(i));
    }
    Arrays.sort(versions);
    return List.of(versions);
  }

  private static void releases(List<String> texts, String line, int lastPatch) {
    for (int patch = 0; patch <= lastPatch; patch++) {
      texts.add(line + "." + patch);
    }
  }

  private static void patches(List<String> texts, String release, int lastPatch) {
    for (int number = 1; number <= lastPatch; number++) {
      texts.add(release + "-p" + number);
    }
  }
}
