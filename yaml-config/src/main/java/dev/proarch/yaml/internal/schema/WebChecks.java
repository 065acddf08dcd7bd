package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import java.util.List;
import java.util.Optional;
import dev.proarch.yaml.model.ConfigNode;

/** Web locations, passthru paths and durations (PRO-CFG-020, 021, config-spec.md 2.7). */
final class WebChecks {

  private WebChecks() {}

  private static final List<String> LEGACY_KEYS =
      List.of("document_root", "passthru", "index_files", "whitelist", "blacklist", "expires", "move_to_root");

  static void web(ConfigMapping web, Findings findings) {
    for (String key : LEGACY_KEYS) {
      Optional<ConfigEntry> entry = web.entry(key);
      if (entry.isPresent()) {
        findings.add(
            ConfigRules.DEPRECATED_KEY,
            entry.get().key().location(),
            "web." + key + " is the legacy form of the web section; use web.locations instead.",
            "key", key);
      }
    }
    Durations.checkExpires(web, findings);
    passthru(web, findings);
    if (web.get("locations").orElse(null) instanceof ConfigMapping locations) {
      for (ConfigEntry location : locations.entries()) {
        location(location, findings);
      }
    }
  }

  private static void location(ConfigEntry location, Findings findings) {
    if (!location.name().startsWith("/")) {
      findings.add(
          ConfigRules.WEB_LOCATION_PATH,
          location.key().location(),
          "The web location '" + location.name() + "' must be a URL path starting with /.",
          "actual", location.name());
    }
    if (!(location.value() instanceof ConfigMapping body)) {
      return;
    }
    Durations.checkExpires(body, findings);
    passthru(body, findings);
    if (body.get("rules").orElse(null) instanceof ConfigMapping rules) {
      for (ConfigEntry rule : rules.entries()) {
        if (rule.value() instanceof ConfigMapping ruleBody) {
          Durations.checkExpires(ruleBody, findings);
          passthru(ruleBody, findings);
        }
      }
    }
  }

  /** Checks the {@code passthru} path of a mapping, if it has one. */
  private static void passthru(ConfigMapping mapping, Findings findings) {
    Optional<ConfigNode> passthru = mapping.get("passthru");
    if (passthru.isEmpty()) {
      return;
    }
    Optional<String> text = passthru.get().asText();
    if (text.isPresent() && !text.get().startsWith("/")) {
      findings.add(
          ConfigRules.WEB_LOCATION_PATH,
          passthru.get().location(),
          "The passthru '" + text.get() + "' must be a URL path starting with /, such as /index.php.",
          "actual", text.get());
    }
  }
}
