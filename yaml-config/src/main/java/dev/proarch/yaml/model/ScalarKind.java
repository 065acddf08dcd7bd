package dev.proarch.yaml.model;

/**
 * What a scalar resolves to under the YAML 1.1 rules the platform's tools apply: {@code true} is a
 * boolean, {@code 5120} an integer, {@code '5120'} a string, {@code ~} null.
 */
public enum ScalarKind {
  STRING,
  INTEGER,
  FLOAT,
  BOOLEAN,
  NULL,
  /** A timestamp, binary or other YAML type that the Cloud files never need. */
  OTHER;

  /** The name used in messages: {@code string}, {@code integer}, {@code boolean}, ... */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
