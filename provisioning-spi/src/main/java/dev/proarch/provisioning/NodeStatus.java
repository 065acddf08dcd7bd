package dev.proarch.provisioning;

/** Whether a node takes traffic. */
public enum NodeStatus {
  SERVING,
  /** Taken out of the load balancer to be resized or replaced. */
  ROTATING,
  /** Out of service after a failure. */
  DOWN,
  /** The provider could not say; reported by the guard after a failure or a timeout. */
  UNKNOWN
}
