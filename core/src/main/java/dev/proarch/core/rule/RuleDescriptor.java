package dev.proarch.core.rule;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What a rule is: its stable id, default severity, a one-line summary, why it exists, which source it
 * enforces and how to fix a finding. Malformed metadata fails to build, so a bad rule never reaches the
 * catalog.
 */
@Value.Immutable
public abstract class RuleDescriptor {

  public abstract RuleId id();

  public abstract Severity defaultSeverity();

  /** One line, no trailing period, no Markdown: {@code Never branch from master, staging or production}. */
  public abstract String summary();

  /** Why the rule exists, in a sentence or two. */
  public abstract String rationale();

  /**
   * The statement the rule enforces: a seed section ({@code seed: Master environment}) or a reference file
   * and section ({@code platform-rules.md 1.3}).
   */
  public abstract String source();

  /** What to do about a finding. */
  public abstract String hint();

  /** Tags from {@link RuleTags}, for filtering. */
  @Value.NaturalOrder
  public abstract SortedSet<String> tags();

  /** Ids this rule was published under before a rename; they are never given to another rule. */
  public abstract List<RuleId> formerIds();

  public static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }

  /** The anchor of this rule in {@code docs/rules.md}, derived from the id so that no rule states its own. */
  public String docAnchor() {
    return id().value().toLowerCase(Locale.ROOT);
  }

  /**
   * Starts a finding of this rule: rule id, default severity, message and hint are set; the caller adds a
   * location and details.
   */
  public ImmutableDiagnostic.Builder diagnostic(String message) {
    return Diagnostic.builder().ruleId(id()).severity(defaultSeverity()).message(message).hint(hint());
  }

  @Value.Check
  protected void check() {
    String text = summary();
    if (text.isBlank() || text.endsWith(".") || text.contains("\n") || text.contains("`")) {
      throw new IllegalArgumentException(
          id() + ": the summary must be one non-empty line without Markdown or a trailing period: '"
              + text + "'");
    }
    requireText(rationale(), "rationale");
    requireText(source(), "source");
    requireText(hint(), "hint");
  }

  private void requireText(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(id() + ": the " + field + " must not be empty");
    }
  }
}
