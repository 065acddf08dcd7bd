package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.CompatibilityCheck;
import dev.proarch.core.version.CompatibilityMatrix;
import dev.proarch.core.version.ServiceVersion;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ServiceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * PRO-CFG-110 and PRO-CFG-111: the PHP of each PHP application and the version of each service against
 * the compatibility matrix, for every release in scope (D-XF-2). A service the matrix does not know, a
 * release no row covers and a type without a version are not findings: ece-tools skips them too. The
 * matrix is the bundled one unless the options replace it; a replacement that does not read is one
 * PRO-CFG-092 finding, and the bundled matrix is used (D-XF-4).
 */
public final class VersionCheck implements ProjectCheck {
  private static final String LATEST = "latest";

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    CompatibilityMatrix matrix = matrix(context.compatMatrix(), found);
    CommerceTarget target = CommerceTarget.of(context.commerceVersion());
    if (target.isUnmatched()) {
      found.add(CrossFileRules.COMMERCE_VERSION_UNMATCHED
          .diagnostic("The Commerce version '" + target.text().get() + "' is neither a release nor a constraint"
              + " allowing a release ProArch knows; the version rules are skipped.")
          .putDetails("commerceVersion", target.text().get())
          .build());
    }
    if (!target.isKnown()) {
      return found;
    }
    for (ApplicationConfig app : new ProjectView(context.config()).commerceApplications()) {
      if (app.runtimeVersion().isPresent()) {
        Location at = ProjectView.valueLocation(app.root(), "type", app.nameLocation());
        check(matrix, target, "php", "PHP " + app.runtimeVersion().get().trim(), app.runtimeVersion().get(), at,
            CrossFileRules.PHP_VERSION, found);
      }
    }
    for (ServiceConfig service : context.config().services()) {
      if (service.typeName().isPresent() && service.version().isPresent()) {
        String key = CompatibilityMatrix.keyForType(service.typeName().get());
        Location at = ProjectView.valueLocation(service.node(), "type", service.location());
        check(matrix, target, key, "Service '" + service.id() + "' (" + service.type().get().trim() + ")",
            service.version().get(), at, CrossFileRules.SERVICE_VERSION, found);
      }
    }
    return found;
  }

  /** The matrix to use: the override when it reads, else the bundled one with a finding. */
  static CompatibilityMatrix matrix(Optional<String> override, List<Diagnostic> found) {
    if (override.isEmpty()) {
      return CompatibilityMatrix.bundled();
    }
    try {
      return CompatibilityMatrix.parse(override.get());
    } catch (InvalidValueException e) {
      // Fetched here, not in a static field: a validation without this rare event never starts logging,
      // whose initialisation was a measurable part of a command start (docs/performance.md).
      LoggerFactory.getLogger(VersionCheck.class).debug("compatibility matrix override rejected", e);
      found.add(ConfigRules.OPTION_UNUSABLE
          .diagnostic("The compatibility matrix override cannot be used (" + e.getMessage()
              + "); the bundled matrix is used instead.")
          .build());
      return CompatibilityMatrix.bundled();
    }
  }

  private static void check(
      CompatibilityMatrix matrix, CommerceTarget target, String key, String what, String versionText,
      Location at, RuleDescriptor rule, List<Diagnostic> found) {
    String written = versionText.trim();
    if (!matrix.knows(key) || written.toLowerCase(Locale.ROOT).equals(LATEST) || !ServiceVersion.isValid(written)) {
      return;
    }
    ServiceVersion version = ServiceVersion.of(written);
    List<CommerceVersion> failing = new ArrayList<>();
    for (CommerceVersion release : target.releases()) {
      if (!compatible(matrix, key, release, version)) {
        failing.add(release);
      }
    }
    Verdict verdict = target.failing(failing);
    if (!verdict.fails()) {
      return;
    }
    CompatibilityCheck first = matrix.check(key, verdict.firstFailing(), version);
    String expected = first.expected().isPresent() ? first.expected().get().toString() : "?";
    found.add(rule
        .diagnostic(what + " is outside the ece-tools compatibility matrix for "
            + verdict.scope() + ", which expects " + expected + (verdict.failsForAll() ? "" : " for "
            + verdict.firstFailing()) + ".")
        .location(at)
        .putDetails("service", key)
        .putDetails("actual", written)
        .putDetails("expected", expected)
        .putDetails("commerceVersion", target.text().orElse(""))
        .putDetails("failsFor", verdict.failingText())
        .putDetails("matrixLine", first.row().isPresent() ? Integer.toString(first.row().get().line()) : "")
        .build().withSeverity(verdict.severity(rule.defaultSeverity())));
  }

  /** Only a deciding row that rejects the version counts; gaps in the matrix are not findings (D-VER-5). */
  private static boolean compatible(CompatibilityMatrix matrix, String key, CommerceVersion release, ServiceVersion version) {
    return matrix.check(key, release, version).outcome() != CompatibilityCheck.Outcome.INCOMPATIBLE;
  }
}
