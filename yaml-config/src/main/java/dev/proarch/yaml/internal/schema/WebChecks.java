package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;

/** Web locations, passthru paths and durations (PRO-CFG-020, 021, config-spec.md 2.7). */
final class WebChecks {

  private WebChecks() {}

  static void web(ConfigMapping web, Findings findings) {
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
