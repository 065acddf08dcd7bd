package dev.proarch.core.policy.scaling;

import java.util.Locale;

/** Whether a vertical change makes the nodes larger or smaller. */
public enum ScaleDirection {
  UP,
  DOWN,
  NONE;

  /** The lower-case name used in text and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
