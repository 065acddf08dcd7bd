package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import java.util.Optional;
import java.util.Set;

/** Runtime extensions per PHP version (PRO-CFG-022, 023, config-spec.md 2.4). */
final class RuntimeChecks {
  /** Installed in every Cloud PHP image and not removable (Adobe php-extensions-cloud table). */
  private static final Set<String> ALWAYS_INSTALLED =
      Set.of(
          "ctype", "curl", "date", "dba", "dom", "fileinfo", "filter", "ftp", "hash", "iconv", "json",
          "mbstring", "mysqlnd", "openssl", "pcre", "pdo", "pdo_sqlite", "phar", "posix", "readline",
          "session", "sqlite3", "tokenizer", "xml", "xmlreader", "xmlwriter");

  private RuntimeChecks() {}

  static void extensions(ConfigMapping runtime, Optional<String> phpVersion, Findings findings) {
    Optional<ConfigNode> extensions = runtime.get("extensions");
    if (extensions.isEmpty() || extensions.get().asSequence().isEmpty()) {
      return;
    }
    double php = phpVersion.isPresent() ? majorMinor(phpVersion.get()) : 0.0;
    for (ConfigNode item : extensions.get().asSequence().get().items()) {
      Optional<String> name = item.asText();
      if (name.isEmpty() && item instanceof ConfigMapping object) {
        name = object.text("name");
      }
      if (name.isEmpty()) {
        continue;
      }
      String extension = name.get().toLowerCase(java.util.Locale.ROOT);
      if (extension.equals("mcrypt") && php >= 7.2) {
        findings.add(
            ConfigRules.EXTENSION_UNAVAILABLE,
            item.location(),
            "The extension 'mcrypt' does not exist for PHP " + phpVersion.get() + " (removed in PHP 7.2).",
            "extension", extension);
      } else if (ALWAYS_INSTALLED.contains(extension) && (php == 0.0 || php >= 7.0)) {
        findings.add(
            ConfigRules.EXTENSION_BUILT_IN,
            item.location(),
            "The extension '" + extension + "' is always installed"
                + (extension.equals("json") && php >= 8.0 ? " (built into PHP 8)" : "")
                + "; it need not be listed.",
            "extension", extension);
      }
    }
  }
  private static double majorMinor(String version) {
    String[] parts = version.split("\\.");
    try {
      return Double.parseDouble(parts[0] + "." + (parts.length > 1 ? parts[1] : "0"));
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }
}
