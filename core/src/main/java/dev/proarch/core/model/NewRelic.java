package dev.proarch.core.model;

/** Which New Relic services an environment includes. */
public enum NewRelic {
  NONE,
  /** Application performance monitoring. */
  APM,
  /** APM plus New Relic Infrastructure, which monitors the servers. */
  APM_AND_NRI
}
