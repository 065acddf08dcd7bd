package dev.proarch.core.model;

import java.util.Locale;

/**
 * What a node is for. A classic Pro cluster has three {@code UNIFIED} nodes that each run the whole stack.
 * The scaled (split-tier) architecture has three {@code SERVICE} nodes (database, Redis, search, files;
 * the platform numbers them 1 to 3 and calls them unified) and three or more {@code WEB} nodes (numbered
 * from 4). Integration and master run in one PaaS {@code CONTAINER}.
 */
public enum NodeRole {
  UNIFIED,
  SERVICE,
  WEB,
  CONTAINER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the nodes that hold the data services: unified nodes, and service nodes when scaled. */
  public boolean holdsData() {
    return this == UNIFIED || this == SERVICE;
  }
}
