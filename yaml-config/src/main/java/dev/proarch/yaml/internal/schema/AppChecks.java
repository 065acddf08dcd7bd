package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.math.BigInteger;
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
    if (root instanceof ConfigMapping app) {
      formats(app, context, findings);
    }
  }

  private static void formats(ConfigMapping app, CheckContext context, Findings findings) {
    if (app.get("name").orElse(null) instanceof ConfigScalar name) {
      name(name, findings);
    }
    Optional<String> phpVersion =
        app.get("type").orElse(null) instanceof ConfigScalar type ? type(type, findings) : Optional.empty();
    if (app.get("disk").orElse(null) instanceof ConfigScalar disk) {
      disk(disk, findings);
    }
    if (app.get("mounts").orElse(null) instanceof ConfigMapping mounts) {
      MountChecks.mounts(mounts, findings);
    }
    if (app.get("relationships").orElse(null) instanceof ConfigMapping relationships) {
      RelationshipChecks.relationships(relationships, findings);
    }
    if (app.get("crons").orElse(null) instanceof ConfigMapping crons) {
      CronChecks.crons(crons, context, findings);
    }
    if (app.get("hooks").orElse(null) instanceof ConfigMapping hooks) {
      hooks(hooks, findings);
    }
    if (app.get("web").orElse(null) instanceof ConfigMapping web) {
      WebChecks.web(web, findings);
    }
    if (app.get("workers").orElse(null) instanceof ConfigMapping workers) {
      workers(workers, findings);
    }
    if (app.get("runtime").orElse(null) instanceof ConfigMapping runtime) {
      RuntimeChecks.extensions(runtime, phpVersion, findings);
    }
    if (app.get("variables").orElse(null) instanceof ConfigMapping variables) {
      secrets(variables, findings);
    }
  }

  private static void workers(ConfigMapping workers, Findings findings) {
    for (ConfigEntry worker : workers.entries()) {
      if (!(worker.value() instanceof ConfigMapping body)) {
        continue;
      }
      if (body.get("mounts").orElse(null) instanceof ConfigMapping mounts) {
        MountChecks.mounts(mounts, findings);
      }
      if (body.get("relationships").orElse(null) instanceof ConfigMapping relationships) {
        RelationshipChecks.relationships(relationships, findings);
      }
    }
  }

  private static void secrets(ConfigMapping variables, Findings findings) {
    for (ConfigEntry prefix : variables.entries()) {
      if (!(prefix.value() instanceof ConfigMapping values)) {
        continue;
      }
      for (ConfigEntry variable : values.entries()) {
        Optional<String> text = variable.value().asText();
        boolean literal = text.isPresent() && !text.get().isBlank() && !text.get().startsWith("$");
        if (literal && looksLikeCredential(variable.name())) {
          findings.add(
              ConfigRules.SECRET_IN_VARIABLES,
              variable.key().location(),
              "The variable " + prefix.name() + ":" + variable.name()
                  + " holds a literal value that looks like a credential; it is committed with the code.",
              "variable", variable.name());
        }
      }
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
    Optional<BigInteger> value = disk.asInteger();
    if (value.isPresent() && value.get().compareTo(BigInteger.valueOf(MIN_DISK_MB)) < 0) {
      findings.add(
          ConfigRules.DISK_SIZE,
          disk.location(),
          "The disk of " + value.get() + " MB is below the platform minimum of " + MIN_DISK_MB + " MB.",
          "actual", value.get().toString(),
          "minimum", Integer.toString(MIN_DISK_MB));
    }
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
