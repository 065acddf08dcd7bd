package dev.proarch.provisioning;

/** What a node runs. Node numbering follows the platform: nodes 1 to 3 first, web nodes from 4. */
public enum NodeRole {
  /** A PaaS container holding the whole environment (integration, master). */
  CONTAINER,
  /** One of the three nodes of a Pro cluster, each with the full stack. */
  UNIFIED,
  /** One of the three service (core) nodes of the scaled architecture. */
  SERVICE,
  /** A web node (nginx and PHP-FPM) of the scaled architecture. */
  WEB
}
