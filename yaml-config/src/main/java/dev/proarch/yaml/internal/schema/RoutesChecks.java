package dev.proarch.yaml.internal.schema;

import static dev.proarch.yaml.internal.schema.Shape.any;
import static dev.proarch.yaml.internal.schema.Shape.bool;
import static dev.proarch.yaml.internal.schema.Shape.integer;
import static dev.proarch.yaml.internal.schema.Shape.listOf;
import static dev.proarch.yaml.internal.schema.Shape.mapOf;
import static dev.proarch.yaml.internal.schema.Shape.object;
import static dev.proarch.yaml.internal.schema.Shape.oneOf;
import static dev.proarch.yaml.internal.schema.Shape.oneOfValues;
import static dev.proarch.yaml.internal.schema.Shape.scalar;
import static dev.proarch.yaml.internal.schema.Shape.string;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The structure and format rules of {@code .magento/routes.yaml} (config-spec.md 4). */
public final class RoutesChecks {
  private static final Pattern ROUTE_KEY = Pattern.compile("(https?)://([^/]*)(/.*)?");
  private static final Pattern HOST =
      Pattern.compile("(\\*\\.)?([A-Za-z0-9_-]+\\.)*(\\{default\\}|\\{all\\}|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)");
  private static final Pattern REGEX_CHARACTERS = Pattern.compile("[\\^$()|\\\\\\[\\]+?\\s]");
  private static final Pattern UPSTREAM = Pattern.compile("([A-Za-z0-9_-]+):([A-Za-z0-9_+-]+)");
  private static final Set<String> ROUTE_TYPES = Set.of("upstream", "redirect", "proxy");
  private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 307, 308);
  private static final List<String> UPSTREAM_ONLY = List.of("cache", "ssi", "upstream");

  private static final Shape DURATION = oneOf(integer(), Shape.string());

  private static final Shape ROUTE =
      object()
          .field("type", any())
          .field("upstream", string())
          .field("to", string())
          .field(
              "cache",
              object()
                  .required("enabled", bool())
                  .field("default_ttl", integer())
                  .field("cookies", listOf(string()))
                  .field("headers", listOf(string())))
          .field("ssi", object().required("enabled", bool()))
          .field(
              "redirects",
              object()
                  .field("expires", DURATION)
                  .required(
                      "paths",
                      mapOf(
                          object()
                              .required("to", string())
                              .field("regexp", bool())
                              .field("prefix", bool())
                              .field("append_suffix", bool())
                              .field("code", integer())
                              .field("expires", DURATION))))
          .field("id", string())
          .field("primary", bool())
          .field(
              "tls",
              object()
                  .field(
                      "strict_transport_security",
                      object()
                          .field("enabled", bool())
                          .field("include_subdomains", bool())
                          .field("preload", bool()))
                  .field("min_version", oneOfValues("TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"))
                  .field("client_authentication", oneOfValues("request", "require"))
                  .field("client_certificate_authorities", listOf(string())))
          .field("attributes", mapOf(scalar()))
          .field("sticky", bool())
          // Resolved-route dumps saved as routes.yaml carry it (config-spec.md 4.2, 8).
          .field("original_url", string());

  private RoutesChecks() {}

  public static void check(ConfigNode root, Findings findings) {
    if (root.isNull()) {
      return;
    }
    Optional<ConfigMapping> routes = root.asMapping();
    if (routes.isEmpty()) {
      Shape.typeError(root, "a mapping of routes", findings);
      return;
    }
    boolean primarySeen = false;
    for (ConfigEntry route : routes.get().entries()) {
      key(route, findings);
      ROUTE.check(route.value(), findings);
      Optional<ConfigMapping> body = route.value().asMapping();
      if (body.isEmpty()) {
        if (route.value().isNull()) {
          findings.add(ConfigRules.ROUTE_TYPE, route.key().location(), "The route '" + route.name() + "' has no type.");
        }
        continue;
      }
      routeRules(route, body.get(), findings);
      boolean primary = flag(body.get(), "primary").orElse(false);
      if (primary && primarySeen) {
        findings.add(
            ConfigRules.PRIMARY_ROUTE,
            body.get().entry("primary").get().key().location(),
            "The route '" + route.name() + "' is a second primary route.");
      }
      primarySeen |= primary;
    }
  }

  private static void key(ConfigEntry route, Findings findings) {
    String key = route.name();
    Matcher matcher = ROUTE_KEY.matcher(key);
    String problem = null;
    if (!matcher.matches()) {
      problem = "it does not start with http:// or https://";
    } else if (matcher.group(2).contains(":")) {
      problem = "it has a port; only the default ports 80 and 443 are served";
    } else if (!HOST.matcher(matcher.group(2)).matches()) {
      problem = "its host '" + matcher.group(2) + "' is not {default}, {all}, a sub-domain of them or a host name";
    } else if (matcher.group(3) != null && REGEX_CHARACTERS.matcher(matcher.group(3)).find()) {
      problem = "its path contains regular-expression characters or spaces, which route keys do not support";
    }
    if (problem != null) {
      findings.add(
          ConfigRules.ROUTE_KEY_FORMAT,
          route.key().location(),
          "The route key '" + key + "' is not a valid URL template: " + problem + ".",
          "actual", key);
    }
  }

  private static void routeRules(ConfigEntry route, ConfigMapping body, Findings findings) {
    Optional<ConfigNode> typeNode = body.get("type");
    if (typeNode.isEmpty() || typeNode.get().isNull()) {
      findings.add(ConfigRules.ROUTE_TYPE, route.key().location(), "The route '" + route.name() + "' has no type.");
      return;
    }
    Optional<String> type = typeNode.get().asText();
    if (type.isEmpty() || !ROUTE_TYPES.contains(type.get())) {
      String actual = typeNode.get() instanceof ConfigScalar scalar ? scalar.text() : typeNode.get().describe();
      findings.add(
          ConfigRules.ROUTE_TYPE,
          typeNode.get().location(),
          "The route type '" + actual + "' is not upstream, redirect or proxy"
              + DidYouMean.suffix(actual, ROUTE_TYPES),
          "actual", actual);
      return;
    }
    if (type.get().equals("upstream")) {
      upstream(route, body, findings);
      notForType(body, "to", "upstream", findings);
    } else {
      target(route, body, type.get(), findings);
      for (String key : UPSTREAM_ONLY) {
        notForType(body, key, type.get(), findings);
      }
    }
    if (body.get("redirects").orElse(null) instanceof ConfigMapping redirects) {
      redirects(redirects, findings);
    }
  }

  /** The entry of a key whose value is not null. */
  private static Optional<ConfigEntry> present(ConfigMapping body, String key) {
    Optional<ConfigEntry> entry = body.entry(key);
    return entry.isPresent() && !entry.get().value().isNull() ? entry : Optional.empty();
  }

  /** The value of a key, unless it is missing or null. */
  private static Optional<ConfigNode> presentValue(ConfigMapping body, String key) {
    Optional<ConfigNode> value = body.get(key);
    return value.isPresent() && !value.get().isNull() ? value : Optional.empty();
  }

  private static void notForType(ConfigMapping body, String key, String type, Findings findings) {
    Optional<ConfigEntry> entry = present(body, key);
    if (entry.isEmpty()) {
      return;
    }
    findings.add(
        ConfigRules.ROUTE_KEY_FOR_TYPE,
        entry.get().key().location(),
        "The key '" + entry.get().name() + "' has no meaning on a " + type + " route.",
        "key", entry.get().name());
  }

  private static void upstream(ConfigEntry route, ConfigMapping body, Findings findings) {
    Optional<ConfigNode> upstream = presentValue(body, "upstream");
    if (upstream.isEmpty()) {
      findings.add(
          ConfigRules.UPSTREAM_FORM,
          route.key().location(),
          "The upstream route '" + route.name() + "' has no upstream; write upstream: \"<app>:http\".");
      return;
    }
    Optional<String> text = upstream.get().asText();
    if (text.isEmpty()) {
      return;
    }
    Matcher matcher = UPSTREAM.matcher(text.get());
    if (!matcher.matches()) {
      findings.add(
          ConfigRules.UPSTREAM_FORM,
          upstream.get().location(),
          "The upstream '" + text.get() + "' does not have the form <app>:http.",
          "actual", text.get());
    } else if (matcher.group(2).equals("php")) {
      findings.add(
          ConfigRules.UPSTREAM_LEGACY_PHP,
          upstream.get().location(),
          "The upstream '" + text.get() + "' uses the legacy php endpoint; use " + matcher.group(1) + ":http.",
          "actual", text.get());
    } else if (!matcher.group(2).equals("http")) {
      findings.add(
          ConfigRules.UPSTREAM_FORM,
          upstream.get().location(),
          "The upstream '" + text.get() + "' uses the endpoint '" + matcher.group(2)
              + "'; applications are reached through http.",
          "actual", text.get());
    }
  }

  private static void target(ConfigEntry route, ConfigMapping body, String type, Findings findings) {
    Optional<ConfigNode> to = presentValue(body, "to");
    if (to.isEmpty()) {
      findings.add(
          ConfigRules.REDIRECT_TARGET,
          route.key().location(),
          "The " + type + " route '" + route.name() + "' has no 'to' target.");
      return;
    }
    Optional<String> text = to.get().asText();
    if (text.isPresent() && !text.get().startsWith("http://") && !text.get().startsWith("https://")) {
      findings.add(
          ConfigRules.REDIRECT_TARGET,
          to.get().location(),
          "The target '" + text.get() + "' must be a route template or absolute URL starting with"
              + " http:// or https://.",
          "actual", text.get());
    }
  }

  private static void redirects(ConfigMapping redirects, Findings findings) {
    Durations.checkExpires(redirects, findings);
    if (!(redirects.get("paths").orElse(null) instanceof ConfigMapping paths)) {
      return;
    }
    for (ConfigEntry path : paths.entries()) {
      if (path.value() instanceof ConfigMapping rule) {
        partialRedirect(path.name(), rule, findings);
      }
    }
  }


  private static void partialRedirect(String path, ConfigMapping rule, Findings findings) {
    Durations.checkExpires(rule, findings);
    if (rule.get("code").orElse(null) instanceof ConfigScalar code) {
      Optional<Integer> value = code.asInt();
      if (value.isPresent() && !REDIRECT_CODES.contains(value.get())) {
        findings.add(
            ConfigRules.PARTIAL_REDIRECT,
            code.location(),
            "The redirect code " + value.get() + " is not 301, 302, 307 or 308.",
            "actual", value.get().toString());
      }
    }
    boolean regexp = flag(rule, "regexp").orElse(false);
    boolean prefix = flag(rule, "prefix").orElse(true);
    if (regexp) {
      for (String key : List.of("prefix", "append_suffix")) {
        Optional<ConfigEntry> entry = present(rule, key);
        if (entry.isPresent()) {
          findings.add(
              ConfigRules.PARTIAL_REDIRECT,
              entry.get().key().location(),
              "The redirect for '" + path + "' sets " + key + " together with regexp: true, which does not allow it.");
        }
      }
    } else if (!prefix) {
      Optional<ConfigEntry> entry = present(rule, "append_suffix");
      if (entry.isPresent()) {
        findings.add(
            ConfigRules.PARTIAL_REDIRECT,
            entry.get().key().location(),
            "The redirect for '" + path + "' sets append_suffix together with prefix: false, which does not allow it.");
      }
    }
  }

  private static Optional<Boolean> flag(ConfigMapping rule, String key) {
    return rule.get(key).orElse(null) instanceof ConfigScalar scalar ? scalar.asBoolean() : Optional.empty();
  }
}
