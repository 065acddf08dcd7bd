package dev.proarch.core.policy.scaling;

import java.util.Locale;

/** Where a cluster runs out of capacity. */
public enum Bottleneck {
  /** The PHP tier: nginx and php-fpm serving requests. */
  PHP,
  /** The database tier: MariaDB Galera and the other services of the service nodes. */
  DATABASE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
