package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PRO-CFG-108: the Braintree CHANNEL variable in variables.env, which ece-tools refuses from 2.4.0 (build
 * error 26) and Adobe required before. An error when every release in scope is 2.4.0 or later, a warning
 * when some are, and a notice when none are or the version is unknown: it must go with the upgrade (D-XF-9).
 */
public final class BraintreeChannelCheck implements ProjectCheck {
  static final String VARIABLE = "CONFIG__STORES__DEFAULT__PAYMENT__BRAINTREE__CHANNEL";
  private static final CommerceVersion FIRST_2_4 = CommerceVersion.of("2.4.0");

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    CommerceTarget target = CommerceTarget.of(context.commerceVersion());
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : new ProjectView(context.config()).commerceApplications()) {
      Optional<ConfigEntry> channel = channel(app);
      if (channel.isPresent()) {
        found.add(diagnostic(target, channel.get()));
      }
    }
    return found;
  }

  private static Optional<ConfigEntry> channel(ApplicationConfig app) {
    Optional<ConfigMapping> variables = app.root().mapping("variables");
    Optional<ConfigMapping> env = variables.isPresent() ? variables.get().mapping("env") : Optional.empty();
    return env.isPresent() ? env.get().entry(VARIABLE) : Optional.empty();
  }

  private static Diagnostic diagnostic(CommerceTarget target, ConfigEntry entry) {
    Verdict verdict = target.failsFrom(FIRST_2_4);
    String message;
    Severity severity;
    if (verdict.fails()) {
      message = "variables.env sets " + VARIABLE + ", which stops the build on " + verdict.scope()
          + " (ece-tools error 26).";
      severity = verdict.severity(CrossFileRules.BRAINTREE_CHANNEL.defaultSeverity());
    } else {
      message = "variables.env sets " + VARIABLE + (target.isKnown()
          ? ", required before 2.4.0 but a build error from 2.4.0 (ece-tools error 26); remove it when upgrading."
          : "; whether that is required or a build error depends on the Commerce version (an error from 2.4.0).");
      severity = Severity.INFO;
    }
    return CrossFileRules.BRAINTREE_CHANNEL.diagnostic(message)
        .location(entry.key().location())
        .putDetails("failsFor", verdict.failingText())
        .build().withSeverity(severity);
  }
}
