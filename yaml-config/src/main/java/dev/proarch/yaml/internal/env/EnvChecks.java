package dev.proarch.yaml.internal.env;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.internal.schema.DidYouMean;
import dev.proarch.yaml.internal.schema.Findings;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ConfigSequence;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code .magento.env.yaml}, in the order ece-tools applies them to each variable (known name,
 * type, stage, value), plus {@code _merge}, {@code log} and {@code system.variables} (config-spec.md 5).
 */
public final class EnvChecks {
  private static final List<String> SECTIONS = List.of("stage", "log", "system");
  private static final List<String> STAGES = List.of("global", "build", "deploy", "post-deploy");
  private static final Set<String> REMOVED = Set.of("SCD_EXCLUDE_THEMES", "STATIC_CONTENT_SYMLINK");
  private static final List<String> LEVELS =
      List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");
  private static final Map<String, List<String>> LOG_HANDLERS =
      Map.of(
          "slack", List.of("token", "channel", "username", "min_level"),
          "email", List.of("to", "from", "subject", "min_level"),
          "syslog", List.of("ident", "facility", "min_level", "logopts"),
          "syslog_udp", List.of("host", "port", "facility", "ident", "min_level"),
          "gelf", List.of("min_level", "use_default_formatter", "additional", "transport"),
          "stream", List.of("stream", "min_level"),
          "file", List.of("file", "min_level"),
          "file_errors", List.of("file", "min_level"));

  private static final Set<String> SLAVE_CONNECTIONS =
      Set.of("MYSQL_USE_SLAVE_CONNECTION", "REDIS_USE_SLAVE_CONNECTION", "VALKEY_USE_SLAVE_CONNECTION");

  private final EnvSchema schema;
  private final Optional<EnvironmentType> environment;
  private final Findings findings;

  public EnvChecks(EnvSchema schema, Optional<EnvironmentType> environment, Findings findings) {
    this.schema = schema;
    this.environment = environment;
    this.findings = findings;
  }

  public void check(ConfigNode root) {
    if (root.isNull()) {
      return;
    }
    Optional<ConfigMapping> file = root.asMapping();
    if (file.isEmpty()) {
      findings.add(ConfigRules.WRONG_TYPE, root, "Expected a mapping with stage, log and system, found a " + root.describe() + ".");
      return;
    }
    for (ConfigEntry section : file.get().entries()) {
      switch (section.name()) {
        case "stage":
          stages(section.value());
          break;
        case "log":
          log(section.value());
          break;
        case "system":
          system(section.value());
          break;
        default:
          findings.add(
              ConfigRules.ENV_UNKNOWN_SECTION,
              section.key().location(),
              "ece-tools ignores the section '" + section.name() + "'; it reads only stage, log and system"
                  + DidYouMean.suffix(section.name(), SECTIONS),
              "key", section.name());
      }
    }
  }

  private void stages(ConfigNode node) {
    if (node.isNull()) {
      return;
    }
    Optional<ConfigMapping> stages = node.asMapping();
    if (stages.isEmpty()) {
      findings.add(ConfigRules.WRONG_TYPE, node, "Expected a mapping of stages under stage, found a " + node.describe() + ".");
      return;
    }
    for (ConfigEntry stage : stages.get().entries()) {
      String name = stage.name();
      ConfigNode value = stage.value();
      boolean array = value.isMapping() || value.isSequence();
      if (!STAGES.contains(name)) {
        if (array) {
          findings.add(
              ConfigRules.ENV_UNKNOWN_STAGE,
              stage.key().location(),
              "'" + name + "' is not a stage (global, build, deploy, post-deploy), and ece-tools validates its"
                  + " contents as variables and fails" + stageHint(name),
              "stage", name);
        } else {
          findings.add(
              ConfigRules.ENV_STAGE_NOT_MAPPING,
              stage.key().location(),
              "'" + name + "' is not a stage and holds no variables; ece-tools skips it" + stageHint(name),
              "stage", name);
        }
      } else if (value.isSequence()) {
        findings.add(
            ConfigRules.ENV_UNKNOWN_VARIABLE,
            value.location(),
            "The stage '" + name + "' holds a list; ece-tools reads its items as variables named 0, 1, ..."
                + " and fails. Write the variables as a mapping.",
            "stage", name);
      } else if (!value.isMapping()) {
        findings.add(
            ConfigRules.ENV_STAGE_NOT_MAPPING,
            stage.key().location(),
            "The stage '" + name + "' is " + (value.isNull() ? "empty" : "a " + value.describe())
                + ", so ece-tools skips it; indent its variables under it.",
            "stage", name);
      } else {
        for (ConfigEntry variable : ((ConfigMapping) value).entries()) {
          variable(name, variable);
        }
      }
    }
  }

  private String stageHint(String name) {
    if (schema.variable(name).isPresent()) {
      return "; " + name + " is a variable, so it is probably indented one level too little.";
    }
    return DidYouMean.suffix(name, STAGES);
  }

  private void variable(String stage, ConfigEntry entry) {
    String name = entry.name();
    Optional<EnvVariableSpec> found = schema.variable(name);
    if (found.isEmpty() || found.get().isSystem()) {
      unknownVariable(entry);
      return;
    }
    EnvVariableSpec spec = found.get();
    if (spec.deprecation().isPresent()) {
      findings.add(
          ConfigRules.ENV_DEPRECATED, entry.key().location(), spec.deprecation().get() + ".", "variable", name);
    }
    merge(spec, entry.value());
    String actual = PhpType.of(entry.value());
    if (!actual.equals(spec.type()) && !actual.equals("constant")) {
      findings.add(
          ConfigRules.ENV_VARIABLE_TYPE,
          entry.value().location(),
          "The " + name + " variable holds " + describeType(actual) + "; ece-tools expects " + spec.type()
              + yamlOneOneHint(entry.value(), spec.type()) + ".",
          "variable", name,
          "expected", spec.type(),
          "actual", actual);
      return;
    }
    if (!spec.stages().contains(stage)) {
      findings.add(
          ConfigRules.ENV_VARIABLE_STAGE,
          entry.key().location(),
          "The " + name + " variable does not belong in the " + stage + " stage; move it to "
              + String.join(", ", spec.stages()) + ".",
          "variable", name,
          "stage", stage,
          "allowed", String.join(",", spec.stages()));
      return;
    }
    value(spec, entry.value());
    completeness(spec, entry);
    environmentFit(spec, entry);
  }

  /** Settings that the target environment ignores (only when the caller names the environment). */
  private void environmentFit(EnvVariableSpec spec, ConfigEntry entry) {
    if (environment.isEmpty()) {
      return;
    }
    boolean dedicated = environment.get().isDedicated();
    boolean on = PhpType.of(entry.value()).equals("boolean") && isTrue(entry.value());
    if (SLAVE_CONNECTIONS.contains(spec.name()) && on && !dedicated) {
      findings.add(
          ConfigRules.ENV_SLAVE_CONNECTION_UNAVAILABLE,
          entry.key().location(),
          spec.name() + " has no effect on " + environment.get().label()
              + " environments, which have no read-only replicas.",
          "variable", spec.name(),
          "environment", environment.get().label());
    }
    boolean db = entry.value().asText().equals(Optional.of("db"));
    if (spec.name().equals("LOCK_PROVIDER") && db && dedicated) {
      findings.add(
          ConfigRules.ENV_LOCK_PROVIDER_FORCED,
          entry.value().location(),
          "LOCK_PROVIDER: db is ignored on " + environment.get().label() + ", which always uses file locks.",
          "variable", spec.name(),
          "environment", environment.get().label());
    }
  }

  /**
   * Without {@code _merge: true} these variables replace the generated configuration, and ece-tools
   * requires their core parts (critical 109-112). An empty value, or {@code _merge} alone, is empty.
   */
  private void completeness(EnvVariableSpec spec, ConfigEntry entry) {
    Optional<ConfigMapping> value = entry.value().asMapping();
    if (value.isEmpty()) {
      return;
    }
    ConfigMapping config = value.get();
    Optional<ConfigNode> merge = config.get("_merge");
    boolean merging = merge.isPresent() && isTrue(merge.get());
    boolean empty = onlyMerge(config);
    if (merging || empty) {
      return;
    }
    List<String> missing = new ArrayList<>();
    switch (spec.name()) {
      case "DATABASE_CONFIGURATION":
        Optional<ConfigMapping> connection = config.mapping("connection");
        Optional<ConfigMapping> connectionDefault =
            connection.isPresent() ? connection.get().mapping("default") : Optional.empty();
        for (String key : List.of("host", "dbname", "username", "password")) {
          if (connectionDefault.isEmpty() || !connectionDefault.get().has(key)) {
            missing.add("connection.default." + key);
          }
        }
        break;
      case "SESSION_CONFIGURATION":
        if (!config.has("save")) {
          missing.add("save");
        }
        break;
      case "SEARCH_CONFIGURATION":
        if (!config.has("engine")) {
          missing.add("engine");
        }
        break;
      case "RESOURCE_CONFIGURATION":
        for (ConfigEntry resource : config.entries()) {
          boolean hasConnection = resource.value() instanceof ConfigMapping body && body.has("connection");
          if (!resource.name().equals("_merge") && !hasConnection) {
            missing.add(resource.name() + ".connection");
          }
        }
        break;
      default:
        return;
    }
    if (!missing.isEmpty()) {
      findings.add(
          ConfigRules.ENV_CONFIGURATION_INCOMPLETE,
          entry.key().location(),
          "The " + spec.name() + " variable replaces the generated configuration (no _merge: true) but lacks "
              + String.join(", ", missing) + ", so ece-tools stops the deploy.",
          "variable", spec.name(),
          "missing", String.join(",", missing));
    }
  }

  /** A scalar written {@code true} in any case. */
  private static boolean isTrue(ConfigNode node) {
    return node instanceof ConfigScalar scalar && scalar.text().equalsIgnoreCase("true");
  }

  /** True when every key of the mapping is {@code _merge}, as in an empty one. */
  private static boolean onlyMerge(ConfigMapping config) {
    for (ConfigEntry entry : config.entries()) {
      if (!entry.name().equals("_merge")) {
        return false;
      }
    }
    return true;
  }

  private void unknownVariable(ConfigEntry entry) {
    String name = entry.name();
    String message;
    if (REMOVED.contains(name)) {
      message = "The " + name + " variable was removed in ece-tools 2002.1.0; remove it.";
    } else if (name.equals("CRYPT_KEY") || name.startsWith("ADMIN_")) {
      message = "The " + name + " variable is not allowed in this file; set it as an environment variable in"
          + " the Cloud Console.";
    } else {
      message = "ece-tools does not know the " + name + " variable" + DidYouMean.suffix(name, schema.stageVariableNames());
    }
    findings.add(ConfigRules.ENV_UNKNOWN_VARIABLE, entry.key().location(), message, "variable", name);
  }

  /** {@code yes}/{@code on} are booleans in YAML 1.1 but text to Symfony YAML (decision D-CFG-4). */
  private static String yamlOneOneHint(ConfigNode value, String expected) {
    if (expected.equals("boolean") && value instanceof ConfigScalar scalar && !scalar.quoted()
        && List.of("yes", "no", "on", "off", "y", "n").contains(scalar.text().toLowerCase(java.util.Locale.ROOT))) {
      return " (ece-tools reads '" + scalar.text() + "' as text; write true or false)";
    }
    return "";
  }

  private static String describeType(String phpType) {
    return phpType.equals("NULL") ? "no value (null)" : "a value of type " + phpType;
  }

  private void value(EnvVariableSpec spec, ConfigNode value) {
    Optional<ConfigScalar> scalar = value.asScalar();
    if (spec.range().isPresent() && scalar.isPresent()) {
      long[] range = spec.range().get();
      Optional<BigInteger> number = integer(scalar.get());
      if (number.isPresent()
          && (number.get().compareTo(BigInteger.valueOf(range[0])) < 0
              || number.get().compareTo(BigInteger.valueOf(range[1])) > 0)) {
        findings.add(
            ConfigRules.ENV_VARIABLE_VALUE,
            value.location(),
            "The " + spec.name() + " variable holds " + number.get() + "; use an integer from " + range[0]
                + " to " + range[1] + ".",
            "variable", spec.name(),
            "actual", number.get().toString());
        return;
      }
    }
    if (spec.splitDb()) {
      splitDb(spec, value);
      return;
    }
    if (spec.allowed().isPresent() && scalar.isPresent() && !spec.allowed().get().contains(scalar.get().text())) {
      String text = scalar.get().text();
      boolean deprecatedVerbose = spec.name().equals("VERBOSE_COMMANDS") && text.equals("enabled");
      findings.add(
          ConfigRules.ENV_VARIABLE_VALUE,
          value.location(),
          "The " + spec.name() + " variable holds '" + text + "'"
              + (deprecatedVerbose ? " (deprecated)" : "") + "; use one of: "
              + String.join(", ", quoteEmpty(spec.allowed().get())) + ".",
          "variable", spec.name(),
          "actual", text);
    }
  }

  /** The allowed values for a message, the empty one written {@code ''}. */
  private static List<String> quoteEmpty(List<String> values) {
    List<String> quoted = new ArrayList<>(values.size());
    for (String value : values) {
      quoted.add(value.isEmpty() ? "''" : value);
    }
    return quoted;
  }

  private void splitDb(EnvVariableSpec spec, ConfigNode value) {
    for (ConfigNode item : splitDbItems(value)) {
      Optional<String> text = scalarText(item);
      if (text.isEmpty() || !(text.get().equals("quote") || text.get().equals("sales"))) {
        findings.add(
            ConfigRules.ENV_VARIABLE_VALUE,
            item.location(),
            "SPLIT_DB takes a list of quote and sales, not '" + text.orElse(item.describe()) + "'.",
            "variable", spec.name());
      }
    }
  }

  /** The items of a list, or the values of a mapping; none for a scalar. */
  private static List<ConfigNode> splitDbItems(ConfigNode value) {
    if (value instanceof ConfigSequence sequence) {
      return sequence.items();
    }
    List<ConfigNode> items = new ArrayList<>();
    if (value instanceof ConfigMapping mapping) {
      for (ConfigEntry entry : mapping.entries()) {
        items.add(entry.value());
      }
    }
    return items;
  }

  private static Optional<String> scalarText(ConfigNode node) {
    return node instanceof ConfigScalar scalar ? Optional.of(scalar.text()) : Optional.empty();
  }

  private void merge(EnvVariableSpec spec, ConfigNode value) {
    if (!(value instanceof ConfigMapping mapping)) {
      return;
    }
    Optional<ConfigEntry> merge = mapping.entry("_merge");
    if (merge.isEmpty()) {
      return;
    }
    if (!spec.mergeable()) {
      findings.add(
          ConfigRules.ENV_MERGE,
          merge.get().key().location(),
          "_merge has no meaning in " + spec.name() + "; it merges only the *_CONFIGURATION variables"
              + " that support it.",
          "variable", spec.name());
    } else if (!PhpType.of(merge.get().value()).equals("boolean")) {
      findings.add(
          ConfigRules.ENV_MERGE,
          merge.get().value().location(),
          "_merge in " + spec.name() + " must be true or false.",
          "variable", spec.name());
    }
  }

  private static Optional<BigInteger> integer(ConfigScalar scalar) {
    try {
      return Optional.of(new BigInteger(scalar.text().trim().replace("+", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void log(ConfigNode node) {
    if (node.isNull()) {
      return;
    }
    Optional<ConfigMapping> handlers = node.asMapping();
    if (handlers.isEmpty()) {
      findings.add(ConfigRules.WRONG_TYPE, node, "Expected a mapping of log handlers under log, found a " + node.describe() + ".");
      return;
    }
    for (ConfigEntry handler : handlers.get().entries()) {
      List<String> options = LOG_HANDLERS.get(handler.name());
      if (options == null) {
        findings.add(
            ConfigRules.ENV_LOG_HANDLER,
            handler.key().location(),
            "ece-tools has no log handler '" + handler.name() + "'"
                + DidYouMean.suffix(handler.name(), List.of("slack", "email", "syslog", "syslog_udp", "gelf")),
            "handler", handler.name());
        continue;
      }
      if (handler.value() instanceof ConfigMapping body) {
        handlerOptions(handler.name(), options, body);
      }
    }
  }

  private void handlerOptions(String handler, List<String> options, ConfigMapping body) {
    for (ConfigEntry option : body.entries()) {
      if (!options.contains(option.name())) {
        findings.add(
            ConfigRules.ENV_LOG_OPTION,
            option.key().location(),
            "The " + handler + " log handler has no option '" + option.name() + "'"
                + DidYouMean.suffix(option.name(), options),
            "option", option.name());
      } else if (option.name().equals("min_level")) {
        Optional<String> level = scalarText(option.value());
        if (level.isEmpty() || !LEVELS.contains(level.get())) {
          findings.add(
              ConfigRules.ENV_LOG_OPTION,
              option.value().location(),
              "The min_level '" + level.orElse(option.value().describe()) + "' is not one of "
                  + String.join(", ", LEVELS) + ".",
              "option", "min_level");
        }
      }
    }
  }

  private void system(ConfigNode node) {
    if (node.isNull()) {
      return;
    }
    Optional<ConfigMapping> system = node.asMapping();
    if (system.isEmpty()) {
      findings.add(ConfigRules.WRONG_TYPE, node, "Expected a mapping with variables under system, found a " + node.describe() + ".");
      return;
    }
    for (ConfigEntry entry : system.get().entries()) {
      if (!entry.name().equals("variables")) {
        findings.add(
            ConfigRules.ENV_SYSTEM_VARIABLE,
            entry.key().location(),
            "ece-tools reads only system.variables, not system." + entry.name() + ".",
            "key", entry.name());
        continue;
      }
      if (entry.value() instanceof ConfigMapping variables) {
        systemVariables(variables);
      }
    }
  }

  private void systemVariables(ConfigMapping variables) {
    List<String> known = schema.systemVariableNames();
    for (ConfigEntry variable : variables.entries()) {
      if (!known.contains(variable.name())) {
        findings.add(
            ConfigRules.ENV_SYSTEM_VARIABLE,
            variable.key().location(),
            "ece-tools has no system variable " + variable.name() + ", so this mapping has no effect; it"
                + " knows " + String.join(", ", known) + ".",
            "variable", variable.name());
      } else if (!PhpType.of(variable.value()).equals("string")) {
        findings.add(
            ConfigRules.ENV_SYSTEM_VARIABLE,
            variable.value().location(),
            "The system variable " + variable.name() + " must name an environment variable as a string.",
            "variable", variable.name());
      }
    }
  }
}
