package dev.proarch.provisioning.inmemory;

import dev.proarch.provisioning.BackupRecord;
import java.time.Instant;
import java.util.List;

/**
 * Which automatic backups of one environment the simulator keeps. The simulator asks after each backup it
 * takes and drops only what this leaves out.
 */
@FunctionalInterface
public interface BackupRetention {

  /** The backups to keep, a subset of {@code automaticBackups}. */
  List<BackupRecord> kept(List<BackupRecord> automaticBackups, Instant now);

  /** Keeps every backup. */
  static BackupRetention keepAll() {
    return (backups, now) -> backups;
  }
}
