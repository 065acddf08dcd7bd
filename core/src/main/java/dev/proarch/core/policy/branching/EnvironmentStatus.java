package dev.proarch.core.policy.branching;

import java.util.Locale;

/** The status of an environment (platform-rules.md 2.1). */
public enum EnvironmentStatus {
  /** Deployed and idle. */
  ACTIVE,
  /** Deployed, with an activity (a build, a deploy, a sync) pending: active, but not idle. */
  DIRTY,
  /** A Git branch without services or data. */
  INACTIVE;

  /** True when the environment has services deployed, idle or not; it counts against the active limit. */
  public boolean isActive() {
    return this != INACTIVE;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
