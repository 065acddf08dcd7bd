package dev.proarch.core.model;

/** Where an environment runs. */
public enum Hosting {
  /** Linux containers on a shared grid of servers (Platform as a service). */
  PAAS_CONTAINER,
  /** Dedicated hardware, three nodes in three availability zones (Infrastructure as a service). */
  DEDICATED_IAAS
}
