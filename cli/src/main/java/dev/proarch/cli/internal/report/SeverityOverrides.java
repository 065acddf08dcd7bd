package dev.proarch.cli.internal.report;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code --severity RULE-ID=error|warning|info|off} options: a user re-ranks a rule or turns it off.
 * An override names a rule of the catalog (a former id counts as its current rule), so that a typo is a
 * usage error instead of a silent no-op (D-RPT-4).
 */
public final class SeverityOverrides {
  private static final String OFF = "off";

  /** Rule id to the new severity; an empty value means off. */
  private final Map<RuleId, Optional<Severity>> byRule;

  private SeverityOverrides(Map<RuleId, Optional<Severity>> byRule) {
    this.byRule = Collections.unmodifiableMap(byRule);
  }

  public static SeverityOverrides none() {
    return new SeverityOverrides(Map.of());
  }

  /** Parses the option values in order; a later value for the same rule wins, as on any command line. */
  public static SeverityOverrides parse(List<String> options, RuleCatalog catalog)
      throws InvalidValueException {
    Map<RuleId, Optional<Severity>> byRule = new TreeMap<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      if (equals < 0) {
        throw new InvalidValueException("severity override", option, "RULE-ID=error|warning|info|off");
      }
      RuleId id = knownRule(option.substring(0, equals), catalog);
      byRule.put(id, level(option.substring(equals + 1)));
    }
    return new SeverityOverrides(byRule);
  }

  /** The findings at their overridden severities, without the findings of rules turned off. */
  public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    List<Diagnostic> result = new ArrayList<>(diagnostics.size());
    for (Diagnostic diagnostic : diagnostics) {
      Optional<Severity> override = byRule.get(diagnostic.ruleId());
      if (override == null) {
        result.add(diagnostic);
      } else {
        if (override.isPresent()) {
          result.add(diagnostic.withSeverity(override.get()));
        }
      }
    }
    return result;
  }

  private static RuleId knownRule(String text, RuleCatalog catalog) throws InvalidValueException {
    RuleId id = RuleId.parse(text);
    Optional<RuleDescriptor> rule = catalog.find(id);
    if (rule.isEmpty()) {
      throw new InvalidValueException("rule id", text, "a rule id that 'proarch rules' lists");
    }
    return rule.get().id();
  }

  private static Optional<Severity> level(String text) throws InvalidValueException {
    if (text.trim().equalsIgnoreCase(OFF)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.parse(text));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("severity", text, "error, warning, info or off");
    }
  }
}
