package dev.proarch.core.policy.backup;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.policy.promotion.PromotionPolicy;
import dev.proarch.core.policy.promotion.PromotionRules;
import dev.proarch.core.policy.promotion.Transfer;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableDiagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may restore what. An environment with automatic backups (its capabilities say so) is restored from
 * them through a support request; one without is restored self-service from manual snapshots, each
 * restorable for 7 days. Integration is never restored from staging or production (seed caveat).
 */
public final class RestoreCheck {
  /** How long a manual snapshot can be restored after it was created (platform-rules.md 1.6). */
  public static final Duration MANUAL_SNAPSHOT_RESTORE_WINDOW = Duration.ofDays(7);

  private RestoreCheck() {}

  /** How an environment is restored: from automatic backups through support, or from manual snapshots. */
  public static RecoveryPointKind recoveryPointsOf(EnvironmentType environment) {
    return environment.capabilities().automaticBackups()
        ? RecoveryPointKind.AUTOMATIC_BACKUP
        : RecoveryPointKind.MANUAL_SNAPSHOT;
  }

  /** The channel that restores an environment's own recovery points. */
  public static RestoreChannel channelOf(EnvironmentType environment) {
    return recoveryPointsOf(environment) == RecoveryPointKind.AUTOMATIC_BACKUP
        ? RestoreChannel.SUPPORT_REQUEST
        : RestoreChannel.SELF_SERVICE;
  }

  /** Whether the promotion policy refuses the restore as data flowing down into integration (PRO-PRM-004). */
  private static boolean intoIntegration(RestoreRequest request) {
    Transfer restore = Transfer.restoreDatabase(request.source(), request.target());
    for (Diagnostic finding : PromotionPolicy.check(restore)) {
      if (finding.ruleId().equals(PromotionRules.NO_DATA_INTO_INTEGRATION.id())) {
        return true;
      }
    }
    return false;
  }

  public static List<Diagnostic> check(RestoreRequest request) {
    List<Diagnostic> findings = new ArrayList<>();
    if (intoIntegration(request)) {
      // The promotion policy owns this seed caveat (PRO-PRM-004); a restore is one more way data flows down.
      findings.add(finding(PromotionRules.NO_DATA_INTO_INTEGRATION, request,
          "Integration cannot be restored from " + request.source().label() + "."));
    }
    boolean sourceHasAutomatic = request.source().capabilities().automaticBackups();
    if (request.kind() == RecoveryPointKind.AUTOMATIC_BACKUP) {
      if (!sourceHasAutomatic) {
        findings.add(finding(BackupRules.AUTOMATIC_BACKUP_EXISTS, request,
            request.source().label() + " has no automatic backups to restore from."));
      } else if (request.channel() != RestoreChannel.SUPPORT_REQUEST) {
        findings.add(finding(BackupRules.AUTOMATIC_BACKUP_THROUGH_SUPPORT, request,
            "Automatic backups of " + request.source().label() + " are restored by Adobe Support, not self-service."));
      }
    } else {
      if (sourceHasAutomatic) {
        findings.add(finding(BackupRules.MANUAL_SNAPSHOT_WHERE_NO_AUTOMATIC, request,
            request.source().label() + " has automatic backups and no manual snapshots on Pro."));
      }
      Duration age = Duration.between(request.recoveryPointTakenAt(), request.restoreAt());
      if (age.compareTo(MANUAL_SNAPSHOT_RESTORE_WINDOW) > 0) {
        findings.add(builder(BackupRules.MANUAL_SNAPSHOT_WITHIN_SEVEN_DAYS, request,
                "The manual snapshot is " + age + " old at restore time; it can be restored for 7 days.")
            .putDetails("age", age.toString())
            .putDetails("limit", MANUAL_SNAPSHOT_RESTORE_WINDOW.toString())
            .build());
      }
    }
    return List.copyOf(findings);
  }

  private static Diagnostic finding(RuleDescriptor rule, RestoreRequest request, String message) {
    return builder(rule, request, message).build();
  }

  private static ImmutableDiagnostic.Builder builder(RuleDescriptor rule, RestoreRequest request, String message) {
    return rule.diagnostic(message)
        .putDetails("target", request.target().label())
        .putDetails("source", request.source().label())
        .putDetails("kind", request.kind().label())
        .putDetails("channel", request.channel().label());
  }
}
