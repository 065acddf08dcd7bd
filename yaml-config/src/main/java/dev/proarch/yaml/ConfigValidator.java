package dev.proarch.yaml;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.internal.ProjectChecks;
import dev.proarch.yaml.internal.env.EnvSchema;
import dev.proarch.yaml.internal.read.ReaderLimits;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Validates the Cloud configuration of a project: reads the four files into a typed model with positions
 * and reports every finding as a {@link dev.proarch.core.rule.Diagnostic}. Instances are immutable and
 * thread-safe; one can validate many projects concurrently. Bad input never throws: it is a finding.
 */
public final class ConfigValidator {
  private final Validation validation;

  private ConfigValidator(ReaderLimits limits) {
    this.validation = new Validation(limits, new KnownRuleIds(), ProjectChecks.ALL);
  }

  /** {@link KnownRules#ids()} when first asked: creating one does not load the rules. */
  private static final class KnownRuleIds implements Supplier<Set<RuleId>> {
    @Override
    public Set<RuleId> get() {
      return KnownRules.ids();
    }
  }

  /**
   * The rule ids a suppression comment may name: every rule on the class path. Loaded once, on the first
   * suppression comment, because loading every module's rules costs more than most validations.
   */
  private static final class KnownRules {
    private static final Set<RuleId> IDS = load();

    static Set<RuleId> ids() {
      return IDS;
    }

    private static Set<RuleId> load() {
      Set<RuleId> known = new HashSet<>();
      for (RuleDescriptor rule : ConfigRules.ALL) {
        known.add(rule.id());
      }
      try {
        for (RuleDescriptor rule : RuleCatalog.load(ConfigValidator.class.getClassLoader()).rules()) {
          known.add(rule.id());
        }
      } catch (RuntimeException | java.util.ServiceConfigurationError e) {
        // A broken third-party provider must not stop validation; our own ids are known regardless.
      }
      return Set.copyOf(known);
    }
  }

  /** A validator with the default reader limits. */
  public static ConfigValidator create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Validates a project; never throws for bad content. */
  public ValidationResult validate(ProjectSource source, ValidationOptions options) {
    return validation.run(source, options);
  }

  /** Validates a project with {@link ValidationOptions#defaults()}. */
  public ValidationResult validate(ProjectSource source) {
    return validate(source, ValidationOptions.defaults());
  }

  /**
   * The bundled {@code .magento.env.yaml} variable schema as text, the format {@link
   * ValidationOptions#envVariableSchema()} takes: one tab-separated line per variable.
   */
  public static String bundledEnvVariableSchema() {
    return EnvSchema.bundledText();
  }

  /** Limits for reading untrusted files; the defaults are far above any real Cloud file. */
  public static final class Builder {
    private int maxFileCodePoints = ReaderLimits.DEFAULT.maxCodePoints();
    private int maxAliases = ReaderLimits.DEFAULT.maxAliases();
    private int maxNestingDepth = ReaderLimits.DEFAULT.maxDepth();
    private int maxNodes = ReaderLimits.DEFAULT.maxNodes();

    private Builder() {}

    /** The largest file read, in characters (code points). */
    public Builder maxFileCodePoints(int value) {
      maxFileCodePoints = value;
      return this;
    }

    /** The most aliases to mappings or lists one file may use. */
    public Builder maxAliases(int value) {
      maxAliases = value;
      return this;
    }

    /** The deepest nesting of mappings and lists. */
    public Builder maxNestingDepth(int value) {
      maxNestingDepth = value;
      return this;
    }

    /** The most nodes a file may expand to once aliases and merge keys are applied. */
    public Builder maxNodes(int value) {
      maxNodes = value;
      return this;
    }

    /** Throws {@link IllegalArgumentException} when a limit is not positive. */
    public ConfigValidator build() {
      return new ConfigValidator(new ReaderLimits(maxFileCodePoints, maxAliases, maxNestingDepth, maxNodes));
    }
  }
}
