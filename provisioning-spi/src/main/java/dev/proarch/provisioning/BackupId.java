package dev.proarch.provisioning;

import org.immutables.value.Value;

/** The id a provider gives a backup or snapshot; opaque to ProArch, never blank. */
@Value.Immutable
public abstract class BackupId implements Comparable<BackupId> {

  @Value.Parameter
  public abstract String value();

  public static BackupId of(String value) {
    return ImmutableBackupId.of(value);
  }

  @Value.Check
  protected void check() {
    if (value().isBlank() || !value().strip().equals(value())) {
      throw new IllegalArgumentException("a backup id must be non-blank text without surrounding spaces");
    }
  }

  @Override
  public int compareTo(BackupId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
