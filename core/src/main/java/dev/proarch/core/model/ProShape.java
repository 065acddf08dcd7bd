package dev.proarch.core.model;

import java.util.List;

/**
 * The numbers of the Pro shape that the factory builds and conformance checks, in one place (seed:
 * Production technology stack, Redundant hardware; platform-rules.md 1.4).
 */
public final class ProShape {
  /** Three nodes, or three service nodes when scaled, one per availability zone. */
  public static final int DATA_NODES = ClusterTier.NODES;

  /** Three gateways, one per node. */
  public static final int GATEWAYS = ClusterTier.NODES;

  /** The scaled architecture has at least three web nodes. */
  public static final int MIN_WEB_NODES = 3;

  /** The four directories GlusterFS shares, in the seed's order. */
  public static final List<String> GLUSTERFS_MOUNTS = List.of("var", "pub/media", "pub/static", "app/etc");

  /** Galera's {@code auto_increment_increment}: one step per node. */
  public static final int GALERA_INCREMENT = AutoIncrement.PRO_INCREMENT;

  private ProShape() {}
}
