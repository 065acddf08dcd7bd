package dev.proarch.yaml.internal.schema;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The format rules of {@code .magento.app.yaml}, each with its own rule id. */
public final class AppChecks {
  private static final Pattern APP_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern RUNTIME_TYPE =
      Pattern.compile("([a-z][a-z0-9-]*):(\\d+(?:\\.\\d+)*)(-rc\\d*)?");
  private static final Pattern LEGACY_MOUNT = Pattern.compile("shared:files(/\\S*)?");
  private static final Pattern RELATIONSHIP = Pattern.compile("[A-Za-z0-9_-]+:[A-Za-z0-9_.+-]+");
  private static final Set<String> MOUNT_SOURCES =
      Set.of("local", "service", "tmp", "instance", "storage", "temporary");
  private static final List<String> LEGACY_HOOKS =
      List.of(
          "m2-ece-build",
          "m2-ece-deploy",
          "m2-ece-scd-dump",
          "magento-cloud:build",
          "magento-cloud:deploy",
          "magento-cloud-configuration/pre-deploy.php");
  /** Installed in every Cloud PHP image and not removable (Adobe php-extensions-cloud table). */
  private static final Set<String> ALWAYS_INSTALLED =
      Set.of(
          "ctype", "curl", "date", "dba", "dom", "fileinfo", "filter", "ftp", "hash", "iconv", "json",
          "mbstring", "mysqlnd", "openssl", "pcre", "pdo", "pdo_sqlite", "phar", "posix", "readline",
          "session", "sqlite3", "tokenizer", "xml", "xmlreader", "xmlwriter");
  private static final int MIN_DISK_MB = 128;

  private AppChecks() {}

  /** Runs the schema and every format rule over one application document. */
  public static void check(ConfigNode root, CheckContext context, Findings findings) {
    AppSchema.APPLICATION.check(root, findings);
    root.asMapping().ifPresent(app -> formats(app, context, findings));
  }

  private static void formats(ConfigMapping app, CheckContext context, Findings findings) {
    app.get("name").flatMap(ConfigNode::asScalar).ifPresent(name -> name(name, findings));
    Optional<String> phpVersion = app.get("type").flatMap(ConfigNode::asScalar).flatMap(type -> type(type, findings));
    app.get("disk").flatMap(ConfigNode::asScalar).ifPresent(disk -> disk(disk, findings));
    app.mapping("mounts").ifPresent(mounts -> mounts(mounts, findings));
    app.mapping("relationships").ifPresent(relationships -> relationships(relationships, findings));
    app.mapping("crons").ifPresent(crons -> crons(crons, context, findings));
    app.mapping("hooks").ifPresent(hooks -> hooks(hooks, findings));
    app.mapping("web").ifPresent(web -> web(web, findings));
    app.mapping("workers")
        .ifPresent(
            workers ->
                workers.entries().forEach(
                    worker -> worker.value().asMapping().ifPresent(w -> {
                      w.mapping("mounts").ifPresent(mounts -> mounts(mounts, findings));
                      w.mapping("relationships").ifPresent(r -> relationships(r, findings));
                    })));
    app.mapping("runtime").ifPresent(runtime -> extensions(runtime, phpVersion, findings));
  }

  private static void name(ConfigScalar name, Findings findings) {
    if (name.kind() == ScalarKind.STRING && !name.text().isEmpty() && !APP_NAME.matcher(name.text()).matches()) {
      findings.add(
          ConfigRules.APP_NAME_FORMAT,
          name.location(),
          "The application name '" + name.text()
              + "' may contain only lowercase letters, digits, hyphens and underscores.",
          "actual", name.text());
    }
  }

  /** Checks {@code type}; returns the PHP version when the runtime is PHP. */
  private static Optional<String> type(ConfigScalar type, Findings findings) {
    if (type.kind() != ScalarKind.STRING || type.text().isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = RUNTIME_TYPE.matcher(type.text());
    if (!matcher.matches()) {
      findings.add(
          ConfigRules.RUNTIME_TYPE_FORMAT,
          type.location(),
          "The type '" + type.text() + "' does not have the form runtime:version, such as php:8.3.",
          "actual", type.text());
      return Optional.empty();
    }
    if (matcher.group(3) != null) {
      findings.add(
          ConfigRules.RELEASE_CANDIDATE_IMAGE,
          type.location(),
          "The type '" + type.text() + "' uses a release-candidate image.",
          "actual", type.text());
    }
    return matcher.group(1).equals("php") ? Optional.of(matcher.group(2)) : Optional.empty();
  }

  private static void disk(ConfigScalar disk, Findings findings) {
    disk.asInteger()
        .filter(value -> value.compareTo(java.math.BigInteger.valueOf(MIN_DISK_MB)) < 0)
        .ifPresent(
            value ->
                findings.add(
                    ConfigRules.DISK_SIZE,
                    disk.location(),
                    "The disk of " + value + " MB is below the platform minimum of " + MIN_DISK_MB + " MB.",
                    "actual", value.toString(),
                    "minimum", Integer.toString(MIN_DISK_MB)));
  }

  private static void mounts(ConfigMapping mounts, Findings findings) {
    for (ConfigEntry mount : mounts.entries()) {
      String path = mount.name().trim();
      if (path.isEmpty() || path.equals("/") || List.of(path.split("/")).contains("..")) {
        findings.add(
            ConfigRules.MOUNT_DEFINITION,
            mount.key().location(),
            "The mount path '" + mount.name() + "' must be a directory inside the application.");
      }
      ConfigNode value = mount.value();
      if (value instanceof ConfigScalar && ((ConfigScalar) value).kind() == ScalarKind.STRING) {
        String text = ((ConfigScalar) value).text();
        if (!LEGACY_MOUNT.matcher(text).matches()) {
          findings.add(
              ConfigRules.MOUNT_DEFINITION,
              value.location(),
              "The mount '" + text + "' is neither \"shared:files/<subpath>\" nor an object with a source.",
              "actual", text);
        }
      } else {
        value.asMapping().ifPresent(object -> mountObject(object, findings));
      }
    }
  }

  private static void mountObject(ConfigMapping mount, Findings findings) {
    Optional<ConfigNode> source = mount.get("source");
    Optional<String> sourceText = source.flatMap(ConfigNode::asText);
    if (sourceText.isPresent() && !MOUNT_SOURCES.contains(sourceText.get())) {
      findings.add(
          ConfigRules.MOUNT_DEFINITION,
          source.get().location(),
          "The mount source '" + sourceText.get() + "' is not one of local, service, tmp, instance, storage,"
              + " temporary" + DidYouMean.suffix(sourceText.get(), MOUNT_SOURCES),
          "actual", sourceText.get());
    }
    if (sourceText.equals(Optional.of("service")) && mount.text("service").isEmpty()) {
      findings.add(
          ConfigRules.MOUNT_DEFINITION,
          source.get().location(),
          "A mount with source: service must name its network-storage service in 'service'.");
    }
  }

  private static void relationships(ConfigMapping relationships, Findings findings) {
    for (ConfigEntry relationship : relationships.entries()) {
      ConfigNode value = relationship.value();
      if (value.isNull() || Shape.isInclude(value)) {
        continue;
      }
      if (value instanceof ConfigScalar && ((ConfigScalar) value).kind() == ScalarKind.STRING) {
        String text = ((ConfigScalar) value).text();
        if (!RELATIONSHIP.matcher(text).matches()) {
          findings.add(
              ConfigRules.RELATIONSHIP_FORM,
              value.location(),
              "The relationship '" + relationship.name() + "' points to '" + text
                  + "', which is not of the form <service>:<endpoint>.",
              "actual", text);
        }
      } else if (value instanceof ConfigMapping) {
        relationshipObject(relationship, (ConfigMapping) value, findings);
      } else {
        findings.add(
            ConfigRules.RELATIONSHIP_FORM,
            value.location(),
            "The relationship '" + relationship.name() + "' must be \"<service>:<endpoint>\", empty, or"
                + " {service, endpoint}, not " + value.describe() + ".");
      }
    }
  }

  private static void relationshipObject(ConfigEntry relationship, ConfigMapping object, Findings findings) {
    String name = relationship.name();
    if (object.text("service").isEmpty()) {
      findings.add(
          ConfigRules.RELATIONSHIP_FORM,
          relationship.key().location(),
          "The relationship '" + name + "' is an object without a 'service' string.");
    }
    for (ConfigEntry entry : object.entries()) {
      boolean known = entry.name().equals("service") || entry.name().equals("endpoint");
      if (!known || (!entry.value().isNull() && entry.value().asText().isEmpty())) {
        findings.add(
            ConfigRules.RELATIONSHIP_FORM,
            entry.key().location(),
            known
                ? "The relationship key '" + entry.name() + "' must be a string."
                : "The relationship '" + name + "' has the key '" + entry.name()
                    + "'; an object relationship takes only service and endpoint.");
      }
    }
  }

  private static void crons(ConfigMapping crons, CheckContext context, Findings findings) {
    for (ConfigEntry cron : crons.entries()) {
      Optional<ConfigMapping> job = cron.value().asMapping();
      if (job.isEmpty()) {
        continue;
      }
      job.get().get("spec").flatMap(ConfigNode::asScalar)
          .filter(spec -> spec.kind() == ScalarKind.STRING)
          .ifPresent(spec -> cronSpec(cron.name(), spec, context, findings));
      boolean hasCmd = job.get().get("cmd").filter(value -> !value.isNull()).isPresent();
      boolean hasStart = job.get().mapping("commands").flatMap(commands -> commands.get("start")).isPresent();
      if (!hasCmd && !hasStart) {
        findings.add(
            ConfigRules.CRON_COMMAND,
            cron.key().location(),
            "The cron '" + cron.name() + "' has neither cmd nor commands.start, so it runs nothing.",
            "cron", cron.name());
      }
    }
  }

  private static void cronSpec(String name, ConfigScalar spec, CheckContext context, Findings findings) {
    Optional<String> problem = CronSpec.problem(spec.text());
    if (problem.isPresent()) {
      findings.add(
          ConfigRules.CRON_SPEC,
          spec.location(),
          "The cron '" + name + "' has the spec '" + spec.text() + "': " + problem.get() + ".",
          "actual", spec.text());
      return;
    }
    boolean paas =
        context.environment().map(env -> env == EnvironmentType.INTEGRATION || env == EnvironmentType.MASTER)
            .orElse(false);
    OptionalInt gap = CronSpec.minuteGap(spec.text());
    if (paas && gap.isPresent() && gap.getAsInt() < 5) {
      findings.add(
          ConfigRules.CRON_INTERVAL,
          spec.location(),
          "The cron '" + name + "' runs every " + gap.getAsInt() + " minute(s); "
              + context.environment().get().label() + " environments run crons at most every 5 minutes.",
          "actual", Integer.toString(gap.getAsInt()),
          "minimum", "5");
    }
  }

  private static void hooks(ConfigMapping hooks, Findings findings) {
    for (ConfigEntry hook : hooks.entries()) {
      Optional<String> script = hook.value().asText();
      if (script.isEmpty()) {
        continue;
      }
      LEGACY_HOOKS.stream()
          .filter(script.get()::contains)
          .findFirst()
          .ifPresent(
              legacy ->
                  findings.add(
                      ConfigRules.LEGACY_HOOK_COMMAND,
                      hook.key().location(),
                      "The " + hook.name() + " hook runs '" + legacy
                          + "', deploy tooling that ece-tools replaced.",
                      "command", legacy));
    }
  }

  private static void web(ConfigMapping web, Findings findings) {
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

  private static void extensions(ConfigMapping runtime, Optional<String> phpVersion, Findings findings) {
    Optional<ConfigNode> extensions = runtime.get("extensions");
    if (extensions.isEmpty() || extensions.get().asSequence().isEmpty()) {
      return;
    }
    double php = phpVersion.map(AppChecks::majorMinor).orElse(0.0);
    for (ConfigNode item : extensions.get().asSequence().get().items()) {
      Optional<String> name =
          item.asText().or(() -> item.asMapping().flatMap(object -> object.text("name")));
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
