package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The format rules of {@code .magento.app.yaml}, each with its own rule id. */
public final class AppChecks {
  private static final Pattern APP_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern RUNTIME_TYPE =
      Pattern.compile("([a-z][a-z0-9-]*):(\\d+(?:\\.\\d+)*)(-rc\\d*)?");
  private static final List<String> LEGACY_HOOKS =
      List.of(
          "m2-ece-build",
          "m2-ece-deploy",
          "m2-ece-scd-dump",
          "magento-cloud:build",
          "magento-cloud:deploy",
          "magento-cloud-configuration/pre-deploy.php",
          "magento-cloud-configuration/magento-build.php",
          "magento-cloud-configuration/magento-deploy.php");
  private static final int MIN_DISK_MB = 128;
  /** Runtimes of the Platform.sh single-runtime images (config-spec.md 2.1). */
  private static final Set<String> RUNTIMES =
      Set.of("php", "nodejs", "python", "ruby", "golang", "java", "lisp", "elixir", "dotnet", "rust");
  /** Variable names that carry credentials; the value is never echoed in a finding. */
  private static final List<String> SECRET_WORDS =
      List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL");

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
    app.mapping("mounts").ifPresent(mounts -> MountChecks.mounts(mounts, findings));
    app.mapping("relationships").ifPresent(relationships -> RelationshipChecks.relationships(relationships, findings));
    app.mapping("crons").ifPresent(crons -> CronChecks.crons(crons, context, findings));
    app.mapping("hooks").ifPresent(hooks -> hooks(hooks, findings));
    app.mapping("web").ifPresent(web -> WebChecks.web(web, findings));
    app.mapping("workers")
        .ifPresent(
            workers ->
                workers.entries().forEach(
                    worker -> worker.value().asMapping().ifPresent(w -> {
                      w.mapping("mounts").ifPresent(mounts -> MountChecks.mounts(mounts, findings));
                      w.mapping("relationships").ifPresent(r -> RelationshipChecks.relationships(r, findings));
                    })));
    app.mapping("runtime").ifPresent(runtime -> RuntimeChecks.extensions(runtime, phpVersion, findings));
    app.mapping("variables").ifPresent(variables -> secrets(variables, findings));
  }

  private static void secrets(ConfigMapping variables, Findings findings) {
    for (ConfigEntry prefix : variables.entries()) {
      prefix.value().asMapping().ifPresent(values -> values.entries().forEach(variable -> {
        boolean literal = variable.value().asText().filter(text -> !text.isBlank() && !text.startsWith("$")).isPresent();
        if (literal && looksLikeCredential(variable.name())) {
          findings.add(
              ConfigRules.SECRET_IN_VARIABLES,
              variable.key().location(),
              "The variable " + prefix.name() + ":" + variable.name()
                  + " holds a literal value that looks like a credential; it is committed with the code.",
              "variable", variable.name());
        }
      }));
    }
  }

  /**
   * True when the name contains a credential word in any case. A search per word, not the backtracking
   * regex {@code (?i).*(TOKEN|...).*}, which cost 4 % of a validation (docs/performance.md).
   */
  static boolean looksLikeCredential(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (upper.contains(word)) {
        return true;
      }
    }
    return false;
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
    if (!RUNTIMES.contains(matcher.group(1))) {
      findings.add(
          ConfigRules.RUNTIME_TYPE_FORMAT,
          type.location(),
          "The runtime '" + matcher.group(1) + "' is not one the platform offers"
              + DidYouMean.suffix(matcher.group(1), RUNTIMES),
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







  private static void hooks(ConfigMapping hooks, Findings findings) {
    for (ConfigEntry hook : hooks.entries()) {
      Optional<String> script = hook.value().asText();
      if (script.isEmpty()) {
        continue;
      }
      for (String legacy : LEGACY_HOOKS) {
        if (script.get().contains(legacy)) {
          findings.add(
              ConfigRules.LEGACY_HOOK_COMMAND,
              hook.key().location(),
              "The " + hook.name() + " hook runs '" + legacy + "', deploy tooling that ece-tools replaced.",
              "command", legacy);
          break;
        }
      }
    }
  }




}
