package dev.proarch.core.model;

import java.util.Locale;

/** The shape of an environment's cluster. */
public enum Architecture {
  /** Three nodes, each running the whole stack (seed: Production technology stack). */
  CLASSIC,
  /** Three service nodes plus three or more web nodes, from Pro48 (platform-rules.md 1.4). */
  SCALED,
  /** Integration and master: PaaS containers with a web server and a database. */
  PAAS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
