package dev.proarch.cli.internal.report;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a report shows: the findings left after severity overrides and the baseline, in {@link
 * DiagnosticOrder}, and how many findings the baseline hid.
 */
@Value.Immutable
public abstract class Report {

  /** The findings to show, in report order. */
  public abstract List<Diagnostic> findings();

  /** How many current findings the baseline hid. */
  @Value.Default
  public int baselined() {
    return 0;
  }

  public static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }

  /** A report of these findings, sorted, with nothing hidden by a baseline. */
  public static Report of(List<Diagnostic> findings) {
    return builder().addAllFindings(DiagnosticOrder.sorted(findings)).build();
  }

  public int count(Severity severity) {
    int count = 0;
    for (Diagnostic finding : findings()) {
      if (finding.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /** True when a finding is at least as severe as the threshold: the command then exits 1. */
  public boolean reaches(Severity threshold) {
    for (Diagnostic finding : findings()) {
      if (finding.severity().atLeast(threshold)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  protected void check() {
    // Neighbours in order: the findings arrive sorted, and a second sort only to compare was a whole pass.
    List<Diagnostic> findings = findings();
    for (int i = 1; i < findings.size(); i++) {
      if (DiagnosticOrder.INSTANCE.compare(findings.get(i - 1), findings.get(i)) > 0) {
        throw new IllegalArgumentException("report findings must be in DiagnosticOrder");
      }
    }
    if (baselined() < 0) {
      throw new IllegalArgumentException("baselined is a count, got " + baselined());
    }
  }
}
