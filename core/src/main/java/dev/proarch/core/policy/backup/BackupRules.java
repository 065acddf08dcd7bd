package dev.proarch.core.policy.backup;

import dev.proarch.core.rule.ImmutableRuleDescriptor;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/** The descriptors of the backup rules (PRO-BAK-xxx), in id order. */
public final class BackupRules {
  private static final String SEED_BACKUPS = "seed: Backup and disaster recovery";

  public static final RuleDescriptor RPO_FIRST_DAY =
      rule("PRO-BAK-001", Severity.ERROR, "Keep backups at most 1 hour apart within the newest 24 hours")
          .rationale(
              "The seed gives a recovery point objective of 1 hour for the first 24 hours: no moment of the"
                  + " last day may be more than an hour after the backup before it (docs/decisions.md D-BAK-8).")
          .source(SEED_BACKUPS + " (RPO); platform-rules.md 1.6")
          .hint("Find why backups stopped or slowed in this window; ask support when automatic backups lag.")
          .build();

  public static final RuleDescriptor RPO_DAYS_TWO_AND_THREE =
      rule("PRO-BAK-002", Severity.ERROR, "Keep backups at most 6 hours apart from 24 to 72 hours of age")
          .rationale(
              "After the first 24 hours the seed's recovery point objective is 6 hours; from 72 hours on the"
                  + " retention table thins backups to dailies, so only the table governs older ages"
                  + " (docs/decisions.md D-BAK-8).")
          .source(SEED_BACKUPS + " (RPO); platform-rules.md 1.6")
          .hint("Find why backups stopped in this window; ask support when automatic backups lag.")
          .build();

  public static final RuleDescriptor HISTORY_NOT_EMPTY =
      rule("PRO-BAK-003", Severity.ERROR, "Have at least one backup taken at or before now")
          .rationale("Without a backup there is no recovery point at all, whatever the objective.")
          .source(SEED_BACKUPS)
          .hint("Check that automatic backups run for this environment, or that the right history was given.")
          .build();

  public static final RuleDescriptor NO_FUTURE_BACKUP =
      rule("PRO-BAK-004", Severity.WARNING, "Take no backup timestamp after now")
          .rationale(
              "A backup dated after now points to clock skew or a wrong now; retention keeps it unjudged"
                  + " and the recovery point check ignores it (docs/decisions.md D-BAK-5).")
          .source("platform-rules.md 4.2 (restic latest is the newest snapshot not in the future)")
          .hint("Check the clock of the backup source and the value given as now.")
          .build();

  public static final RuleDescriptor AUTOMATIC_BACKUP_THROUGH_SUPPORT =
      rule("PRO-BAK-006", Severity.ERROR, "Restore staging and production from an automatic backup through a support request")
          .rationale(
              "Automatic backups cannot be restored by users; Adobe Support retrieves the snapshot on a"
                  + " ticket that gives its date, time and time zone.")
          .source(SEED_BACKUPS + " (tip); platform-rules.md 1.6")
          .hint("Submit an Adobe Commerce Support ticket naming the backup's date, time and time zone.")
          .addTags(RuleTags.SUPPORT)
          .build();

  public static final RuleDescriptor AUTOMATIC_BACKUP_EXISTS =
      rule("PRO-BAK-007", Severity.ERROR, "Restore from an automatic backup only where automatic backups exist")
          .rationale(
              "Only environments whose capabilities include automatic backups have them; elsewhere the"
                  + " recovery points are manual snapshots.")
          .source("seed: environment table (Automatic Backups); docs/decisions.md D-ENV-2")
          .hint("Restore from a manual snapshot of this environment instead.")
          .build();

  public static final RuleDescriptor MANUAL_SNAPSHOT_WITHIN_SEVEN_DAYS =
      rule("PRO-BAK-008", Severity.ERROR, "Restore a manual snapshot within 7 days of its creation")
          .rationale("A manual snapshot can be restored for 7 days after it was created; then it is gone.")
          .source("platform-rules.md 1.6 (manual snapshots)")
          .hint("Use a snapshot taken in the last 7 days, and take snapshots before major changes.")
          .build();

  public static final RuleDescriptor MANUAL_SNAPSHOT_WHERE_NO_AUTOMATIC =
      rule("PRO-BAK-009", Severity.ERROR, "Restore staging and production from automatic backups, not manual snapshots")
          .rationale(
              "On Pro, manual snapshots are offered for integration (PaaS) environments only; staging and"
                  + " production rely on automatic backups restored by support.")
          .source("platform-rules.md 1.6 (manual snapshots: Starter and Pro integration only)")
          .hint("Ask support to restore an automatic backup, or use a database dump for a partial restore.")
          .build();

  public static final List<RuleDescriptor> ALL =
      List.of(
          RPO_FIRST_DAY,
          RPO_DAYS_TWO_AND_THREE,
          HISTORY_NOT_EMPTY,
          NO_FUTURE_BACKUP,
          AUTOMATIC_BACKUP_THROUGH_SUPPORT,
          AUTOMATIC_BACKUP_EXISTS,
          MANUAL_SNAPSHOT_WITHIN_SEVEN_DAYS,
          MANUAL_SNAPSHOT_WHERE_NO_AUTOMATIC);

  private BackupRules() {}

  private static ImmutableRuleDescriptor.Builder rule(String id, Severity severity, String summary) {
    return RuleDescriptor.builder()
        .id(RuleId.of(id))
        .defaultSeverity(severity)
        .summary(summary)
        .addTags(RuleTags.BACKUP);
  }
}
