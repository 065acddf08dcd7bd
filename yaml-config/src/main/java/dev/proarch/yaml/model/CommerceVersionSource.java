package dev.proarch.yaml.model;

/** Where the Commerce version used by a validation came from. */
public enum CommerceVersionSource {
  /** Given by the caller in {@link ValidationOptions#commerceVersion()}. */
  OPTION,
  /** The locked version of a Commerce package in {@code composer.lock}. */
  COMPOSER_LOCK,
  /** The constraint on a Commerce package in {@code composer.json}'s {@code require}. */
  COMPOSER_JSON,
  /** Not known: version-dependent rules are skipped. */
  UNKNOWN;

  /** The lower-case name used in JSON output: {@code option}, {@code composer.lock}, ... */
  public String label() {
    switch (this) {
      case COMPOSER_LOCK:
        return "composer.lock";
      case COMPOSER_JSON:
        return "composer.json";
      default:
        return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
