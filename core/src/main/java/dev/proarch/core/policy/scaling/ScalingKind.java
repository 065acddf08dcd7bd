package dev.proarch.core.policy.scaling;

import java.util.Locale;

/** Adding nodes, or making the nodes larger. */
public enum ScalingKind {
  /** Add web nodes (scaled architecture). */
  HORIZONTAL,
  /** Resize the three nodes, one rolling rotation. */
  VERTICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
