package dev.proarch.core.policy.scaling;

import dev.proarch.core.rule.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a temporary upsize: a window that ends after it starts, a tier larger than the contract, a
 * return to the contracted tier, and at least 48 business hours of notice unless it is an emergency
 * (platform-rules.md 1.5).
 */
public final class TemporaryUpsizeCheck {
  /** The notice Adobe asks for non-emergency temporary upsizes. */
  public static final Duration NOTICE = Duration.ofHours(48);

  private TemporaryUpsizeCheck() {}

  public static List<Diagnostic> check(TemporaryUpsizeRequest request) {
    List<Diagnostic> findings = new ArrayList<>();
    if (!request.end().isAfter(request.start())) {
      findings.add(ScalingRules.UPSIZE_WINDOW_ORDERED.diagnostic("The window ends at or before its start.")
          .putDetails("start", request.start().toString())
          .putDetails("end", request.end().toString())
          .build());
    }
    if (request.temporary().compareTo(request.contracted()) <= 0) {
      findings.add(ScalingRules.UPSIZE_IS_LARGER.diagnostic(
              request.temporary() + " is not larger than the contracted " + request.contracted() + ".")
          .putDetails("contracted", request.contracted().name())
          .putDetails("temporary", request.temporary().name())
          .build());
    }
    if (!request.tierAfterWindow().equals(request.contracted())) {
      findings.add(ScalingRules.UPSIZE_RETURNS_TO_CONTRACT.diagnostic(
              "After the window the cluster would run " + request.tierAfterWindow() + ", not the contracted "
                  + request.contracted() + ".")
          .putDetails("expected", request.contracted().name())
          .putDetails("actual", request.tierAfterWindow().name())
          .build());
    }
    Duration notice = BusinessHours.between(request.requestedAt(), request.start());
    if (!request.emergency() && notice.compareTo(NOTICE) < 0) {
      findings.add(ScalingRules.UPSIZE_NOTICE.diagnostic(
              "The request gives " + notice.toHours() + " business hours of notice; 48 are needed.")
          .putDetails("requestedAt", request.requestedAt().toString())
          .putDetails("start", request.start().toString())
          .putDetails("notice", notice.toString())
          .putDetails("required", NOTICE.toString())
          .build());
    }
    return List.copyOf(findings);
  }
}
