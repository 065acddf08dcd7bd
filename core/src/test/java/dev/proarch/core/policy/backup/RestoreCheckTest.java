package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreCheckTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static RestoreRequest request(
      EnvironmentType target, EnvironmentType source, RecoveryPointKind kind, RestoreChannel channel, Duration age) {
    return RestoreRequest.builder()
        .target(target)
        .source(source)
        .kind(kind)
        .channel(channel)
        .recoveryPointTakenAt(NOW.minus(age))
        .restoreAt(NOW)
        .build();
  }

  private static List<String> ids(RestoreRequest request) {
    return RestoreCheck.check(request).stream().map(Diagnostic::ruleId).map(Object::toString).toList();
  }

  @Test
  void productionIsRestoredFromAnAutomaticBackupThroughSupport() {
    assertThat(ids(request(EnvironmentType.PRODUCTION, EnvironmentType.PRODUCTION,
        RecoveryPointKind.AUTOMATIC_BACKUP, RestoreChannel.SUPPORT_REQUEST, Duration.ofDays(30)))).isEmpty();
    assertThat(ids(request(EnvironmentType.STAGING, EnvironmentType.STAGING,
        RecoveryPointKind.AUTOMATIC_BACKUP, RestoreChannel.SUPPORT_REQUEST, Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void selfServiceRestoreOfAnAutomaticBackupIsRefused() {
    assertThat(ids(request(EnvironmentType.PRODUCTION, EnvironmentType.PRODUCTION,
        RecoveryPointKind.AUTOMATIC_BACKUP, RestoreChannel.SELF_SERVICE, Duration.ofDays(1))))
        .containsExactly("PRO-BAK-006");
  }

  @Test
  void integrationIsNeverRestoredFromStagingOrProduction() {
    for (EnvironmentType source : List.of(EnvironmentType.STAGING, EnvironmentType.PRODUCTION)) {
      assertThat(ids(request(EnvironmentType.INTEGRATION, source,
          RecoveryPointKind.AUTOMATIC_BACKUP, RestoreChannel.SUPPORT_REQUEST, Duration.ofDays(1))))
          .containsExactly("PRO-PRM-004");
    }
  }

  @Test
  void integrationRestoresItsOwnManualSnapshotWithinSevenDays() {
    assertThat(ids(request(EnvironmentType.INTEGRATION, EnvironmentType.INTEGRATION,
        RecoveryPointKind.MANUAL_SNAPSHOT, RestoreChannel.SELF_SERVICE, Duration.ofDays(7)))).isEmpty();
    assertThat(ids(request(EnvironmentType.INTEGRATION, EnvironmentType.INTEGRATION,
        RecoveryPointKind.MANUAL_SNAPSHOT, RestoreChannel.SELF_SERVICE, Duration.ofDays(7).plusSeconds(1))))
        .containsExactly("PRO-BAK-008");
  }

  @Test
  void integrationHasNoAutomaticBackups() {
    assertThat(ids(request(EnvironmentType.INTEGRATION, EnvironmentType.INTEGRATION,
        RecoveryPointKind.AUTOMATIC_BACKUP, RestoreChannel.SUPPORT_REQUEST, Duration.ofDays(1))))
        .containsExactly("PRO-BAK-007");
  }

  @Test
  void productionHasNoManualSnapshots() {
    assertThat(ids(request(EnvironmentType.PRODUCTION, EnvironmentType.PRODUCTION,
        RecoveryPointKind.MANUAL_SNAPSHOT, RestoreChannel.SELF_SERVICE, Duration.ofDays(1))))
        .containsExactly("PRO-BAK-009");
  }

  @Test
  void theRouteFollowsTheCapabilityTable() {
    for (EnvironmentType environment : EnvironmentType.values()) {
      boolean automatic = environment.capabilities().automaticBackups();
      assertThat(RestoreCheck.recoveryPointsOf(environment))
          .isEqualTo(automatic ? RecoveryPointKind.AUTOMATIC_BACKUP : RecoveryPointKind.MANUAL_SNAPSHOT);
      assertThat(RestoreCheck.channelOf(environment))
          .isEqualTo(automatic ? RestoreChannel.SUPPORT_REQUEST : RestoreChannel.SELF_SERVICE);
    }
    assertThat(RestoreCheck.channelOf(EnvironmentType.STAGING)).isEqualTo(RestoreChannel.SUPPORT_REQUEST);
  }
}
