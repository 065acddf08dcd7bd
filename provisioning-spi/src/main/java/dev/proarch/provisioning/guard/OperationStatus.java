package dev.proarch.provisioning.guard;

/** How an operation ended. */
public enum OperationStatus {
  /** Every step ran and the provider reported a consistent state. */
  APPLIED,
  /** The guard refused the request; the provider never saw it. The diagnostics say why. */
  REFUSED,
  /**
   * The provider failed or timed out, or reported a state that contradicts the step; the guard stopped.
   * The report says which steps ran, which nodes are in which state, and the plan back to a safe state.
   */
  FAILED
}
