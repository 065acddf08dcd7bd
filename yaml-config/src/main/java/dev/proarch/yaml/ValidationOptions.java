package dev.proarch.yaml;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What a validation run should assume and how it should rank findings. All parts are optional. */
@Value.Immutable
public abstract class ValidationOptions {

  /**
   * The Commerce version: an exact version ({@code 2.4.7-p3}) or a Composer constraint
   * ({@code >=2.4.8 <2.4.9}). When absent, it is taken from {@code composer.lock}, then {@code
   * composer.json}.
   */
  public abstract Optional<String> commerceVersion();

  /** The environment the files are meant for, for rules that differ between environments. */
  public abstract Optional<EnvironmentType> environment();

  /**
   * Re-ranked rules: a severity replaces the rule's default; an empty value turns the rule off.
   */
  public abstract Map<RuleId, Optional<Severity>> severityOverrides();

  /**
   * A replacement for the bundled service-version compatibility matrix, in the format of {@code
   * service-compat.tsv}. Used by the version rules (PRO-CFG-110, PRO-CFG-111); a text that does not read is
   * one PRO-CFG-092 finding naming the bad line, and the bundled matrix is used instead.
   */
  public abstract Optional<String> compatMatrix();

  /**
   * A replacement for the bundled {@code .magento.env.yaml} variable schema, in the format of the bundled
   * {@code env-variables.tsv} (see {@link ConfigValidator#bundledEnvVariableSchema()}).
   */
  public abstract Optional<String> envVariableSchema();

  public static ImmutableValidationOptions.Builder builder() {
    return ImmutableValidationOptions.builder();
  }

  /** No version, no environment, default severities, bundled data. */
  public static ValidationOptions defaults() {
    return builder().build();
  }
}
