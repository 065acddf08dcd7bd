package dev.proarch.provisioning.inmemory;

import dev.proarch.core.policy.backup.RetentionPolicy;
import dev.proarch.provisioning.BackupRecord;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Which automatic backups of one environment the simulator keeps. The simulator asks after each backup it
 * takes and drops only what this leaves out.
 */
@FunctionalInterface
public interface BackupRetention {

  /** The backups to keep, a subset of {@code automaticBackups}. */
  List<BackupRecord> kept(List<BackupRecord> automaticBackups, Instant now);

  /**
   * The seed's schedule, {@link RetentionPolicy#seedSchedule()} from core. It decides by instant; of backups
   * taken at one instant it keeps the first one listed.
   */
  static BackupRetention seedSchedule() {
    return (backups, now) -> {
      Set<Instant> kept = new HashSet<>(
          RetentionPolicy.seedSchedule().apply(backups.stream().map(BackupRecord::createdAt).toList(), now)
              .keptTimestamps());
      Set<Instant> taken = new HashSet<>();
      return backups.stream()
          .filter(backup -> kept.contains(backup.createdAt()) && taken.add(backup.createdAt()))
          .toList();
    };
  }

  /** Keeps every backup. */
  static BackupRetention keepAll() {
    return (backups, now) -> backups;
  }
}
