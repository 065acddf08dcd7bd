package dev.proarch.core.model;

import java.util.Locale;

/**
 * What a service instance does in the cluster. Redis runs one {@code ACTIVE} server and two {@code
 * REPLICA}s; every Galera database node is {@code READ_WRITE} (seed: Redundant hardware); a host may report
 * a {@code READ_ONLY} database node, which conformance flags. Services with no replication are {@code
 * ACTIVE}.
 */
public enum ServiceRole {
  ACTIVE,
  REPLICA,
  READ_WRITE,
  READ_ONLY;

  /** The lower-case name used in reports and JSON: {@code active}, {@code read-write}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
