package dev.proarch.core.policy.promotion;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** Checks single transfers and whole promotion paths against the promotion rules. */
public final class PromotionPolicy {
  private PromotionPolicy() {}

  /** The findings of one transfer, in report order. */
  public static List<Diagnostic> check(Transfer transfer) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Rule<Transfer> rule : PromotionRules.rules()) {
      diagnostics.addAll(rule.check(transfer));
    }
    return DiagnosticOrder.sorted(diagnostics);
  }

  public static boolean allowed(Transfer transfer) {
    return check(transfer).stream().noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
  }

  /**
   * The findings of promoting code along a path of environments, each step a merge into the next, such as
   * integration, staging, production.
   */
  public static List<Diagnostic> checkPath(List<EnvironmentType> path) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      diagnostics.addAll(check(Transfer.merge(path.get(i), path.get(i + 1))));
    }
    return DiagnosticOrder.sorted(diagnostics);
  }

  public static boolean allowedPath(List<EnvironmentType> path) {
    return checkPath(path).stream().noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
  }
}
