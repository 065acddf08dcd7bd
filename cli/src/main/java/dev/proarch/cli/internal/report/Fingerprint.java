package dev.proarch.cli.internal.report;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of a finding across runs: rule id, file, logical path and a hash of the message,
 * never the line or column, so that editing other lines of a file does not resurrect a baselined finding
 * (D-RPT-3). The baseline and SARIF's {@code partialFingerprints} both use it.
 */
public final class Fingerprint {
  /** The version of the fingerprint recipe; a new recipe gets a new prefix and a new SARIF key. */
  static final String VERSION = "v1";

  private Fingerprint() {}

  public static String of(Diagnostic diagnostic) {
    Location location = diagnostic.location().orElse(Location.builder().build());
    return of(
        diagnostic.ruleId().value(),
        location.file().orElse(""),
        location.path().orElse(""),
        diagnostic.message());
  }

  /** The fingerprint of the parts a baseline entry stores. */
  public static String of(String ruleId, String file, String path, String message) {
    String recipe = String.join("\n", VERSION, ruleId, file, path, sha256(message));
    return sha256(recipe).substring(0, 32);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
