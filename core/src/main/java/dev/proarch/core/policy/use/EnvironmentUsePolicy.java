package dev.proarch.core.policy.use;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.Optional;

/**
 * Judges an intended use of an environment: recommended, allowed or not recommended, with the seed's
 * reason. A use that is not recommended carries one finding of the rule behind it; after launch, staging
 * work other than production-critical patches is allowed with an informational PRO-ENV-005 finding.
 */
public final class EnvironmentUsePolicy {
  private static final String LAUNCH_CAVEAT = "After launching the Production site";

  private EnvironmentUsePolicy() {}

  public static UseAssessment assess(EnvironmentType environment, Purpose purpose, boolean launched) {
    return assess(EnvironmentUse.of(environment, purpose, launched));
  }

  public static UseAssessment assess(EnvironmentUse use) {
    UseTable.Entry entry = entry(use);
    ImmutableUseAssessment.Builder assessment =
        UseAssessment.builder()
            .use(use)
            .verdict(entry.verdict())
            .reason(entry.reason())
            .rule(entry.rule())
            .explanation(entry.explanation());
    entry.rule().ifPresent(rule -> assessment.addDiagnostics(finding(use, entry, rule)));
    return assessment.build();
  }

  private static UseTable.Entry entry(EnvironmentUse use) {
    UseTable.Entry entry = UseTable.entry(use.environment(), use.purpose());
    if (restrictedAfterLaunch(use, entry)) {
      return new UseTable.Entry(
          Verdict.ALLOWED,
          UseTable.caveat(EnvironmentType.STAGING, LAUNCH_CAVEAT),
          Optional.of(EnvironmentUseRules.STAGING_AFTER_LAUNCH),
          "Production has launched: staging is primarily for testing patches for production-critical bug"
              + " fixes; " + lowerFirst(entry.explanation()));
    }
    return entry;
  }

  private static boolean restrictedAfterLaunch(EnvironmentUse use, UseTable.Entry entry) {
    return use.launched()
        && use.environment() == EnvironmentType.STAGING
        && use.purpose() != Purpose.PRODUCTION_CRITICAL_PATCHES
        && entry.verdict() != Verdict.NOT_RECOMMENDED;
  }

  private static Diagnostic finding(EnvironmentUse use, UseTable.Entry entry, RuleDescriptor rule) {
    String what = use.purpose().label() + " on " + use.environment().label();
    String message = entry.verdict() == Verdict.NOT_RECOMMENDED
        ? "Using " + what + " is not recommended: " + lowerFirst(entry.explanation())
        : "Using " + what + " is allowed with care: " + lowerFirst(entry.explanation());
    return rule.diagnostic(message)
        .location(Location.ofPath(use.environment().label()))
        .putDetails("environment", use.environment().label())
        .putDetails("purpose", use.purpose().label())
        .putDetails("verdict", entry.verdict().label())
        .putDetails("seedSection", entry.reason().section())
        .putDetails("seedStatement", entry.reason().text())
        .build();
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
