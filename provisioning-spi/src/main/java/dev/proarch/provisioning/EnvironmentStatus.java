package dev.proarch.provisioning;

/** The life cycle of an environment: active, then deactivated (services and data gone, branch kept). */
public enum EnvironmentStatus {
  ACTIVE,
  INACTIVE
}
