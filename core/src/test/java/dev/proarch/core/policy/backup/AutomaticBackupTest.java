package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.EnvironmentType;
import org.junit.jupiter.api.Test;

class AutomaticBackupTest {

  @Test
  void existsExactlyWhereTheCapabilityTableSaysSo() {
    for (EnvironmentType environment : EnvironmentType.values()) {
      assertThat(AutomaticBackup.of(environment).isPresent())
          .as(environment.label())
          .isEqualTo(environment.capabilities().automaticBackups());
    }
  }

  @Test
  void holdsServiceDataVolumesAndTheDatabaseTakenLiveAsEncryptedSnapshotsWithoutCode() {
    AutomaticBackup production = AutomaticBackup.of(EnvironmentType.PRODUCTION).orElseThrow();
    assertThat(production.contents())
        .containsExactly(BackupContent.SERVICE_DATA, BackupContent.MOUNTED_VOLUMES, BackupContent.DATABASE);
    assertThat(production.takenLive()).isTrue();
    assertThat(production.encryptedEbsSnapshot()).isTrue();
    assertThat(production.copyToS3GrowsWithChanges()).isTrue();
    assertThat(production.containsCode()).isFalse();
    assertThat(production.retention()).isSameAs(RetentionPolicy.seedSchedule());
  }
}
