package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigMapping;
import java.util.List;
import dev.proarch.yaml.model.ConfigNode;

/** Web locations, passthru paths and durations (PRO-CFG-020, 021, config-spec.md 2.7). */
final class WebChecks {

  private WebChecks() {}

  private static final List<String> LEGACY_KEYS =
      List.of("document_root", "passthru", "index_files", "whitelist", "blacklist", "expires", "move_to_root");

  static void web(ConfigMapping web, Findings findings) {
    for (String key : LEGACY_KEYS) {
      web.entry(key).ifPresent(entry -> findings.add(
          ConfigRules.DEPRECATED_KEY,
          entry.key().location(),
          "web." + key + " is the legacy form of the web section; use web.locations instead.",
          "key", key));
    }
    web.get("expires").ifPresent(expires -> Durations.check(expires, findings));
    web.get("passthru").ifPresent(passthru -> passthru(passthru, findings));
    web.mapping("locations").ifPresent(locations -> locations.entries().forEach(location -> {
      if (!location.name().startsWith("/")) {
        findings.add(
            ConfigRules.WEB_LOCATION_PATH,
            location.key().location(),
            "The web location '" + location.name() + "' must be a URL path starting with /.",
            "actual", location.name());
      }
      location.value().asMapping().ifPresent(body -> {
        body.get("expires").ifPresent(expires -> Durations.check(expires, findings));
        body.get("passthru").ifPresent(passthru -> passthru(passthru, findings));
        body.mapping("rules").ifPresent(rules -> rules.entries().forEach(rule ->
            rule.value().asMapping().ifPresent(ruleBody -> {
              ruleBody.get("expires").ifPresent(expires -> Durations.check(expires, findings));
              ruleBody.get("passthru").ifPresent(passthru -> passthru(passthru, findings));
            })));
      });
    }));
  }
  private static void passthru(ConfigNode passthru, Findings findings) {
    passthru.asText()
        .filter(text -> !text.startsWith("/"))
        .ifPresent(
            text ->
                findings.add(
                    ConfigRules.WEB_LOCATION_PATH,
                    passthru.location(),
                    "The passthru '" + text + "' must be a URL path starting with /, such as /index.php.",
                    "actual", text));
  }
}
