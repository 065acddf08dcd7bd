package dev.proarch.core.model;

import dev.proarch.core.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four environments of a Pro project. Each carries its column of the seed's capability table; code
 * moves up the chain integration, staging, production, and a copy of production goes to master.
 */
public enum EnvironmentType {
  MASTER("master"),
  INTEGRATION("integration"),
  STAGING("staging"),
  PRODUCTION("production");

  private final String branch;

  EnvironmentType(String branch) {
    this.branch = branch;
  }

  /** The default Git branch of this environment: {@code master}, {@code integration}, ... */
  public String branchName() {
    return branch;
  }

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return branch;
  }

  public EnvironmentCapabilities capabilities() {
    return EnvironmentTable.capabilities(this);
  }

  /**
   * Where code goes next when it is promoted: integration to staging, staging to production, production
   * to master (as a copy). Master promotes nowhere.
   */
  public Optional<EnvironmentType> promotesTo() {
    switch (this) {
      case INTEGRATION:
        return Optional.of(STAGING);
      case STAGING:
        return Optional.of(PRODUCTION);
      case PRODUCTION:
        return Optional.of(MASTER);
      default:
        return Optional.empty();
    }
  }

  /** The environment that promotes into this one, if any. */
  public Optional<EnvironmentType> promotedFrom() {
    for (EnvironmentType type : values()) {
      Optional<EnvironmentType> next = type.promotesTo();
      if (next.isPresent() && next.get() == this) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** True for staging and production, which run on dedicated hardware. */
  public boolean isDedicated() {
    return capabilities().dedicatedIaasHardware();
  }

  /** The environments in promotion order: integration, staging, production, master. */
  public static List<EnvironmentType> promotionOrder() {
    return List.of(INTEGRATION, STAGING, PRODUCTION, MASTER);
  }

  /** Parses a name typed by a user, in any case. */
  public static EnvironmentType parse(String text) throws InvalidValueException {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (EnvironmentType type : values()) {
      if (type.label().equals(wanted)) {
        return type;
      }
    }
    throw new InvalidValueException(
        "environment",
        text,
        labels());
  }

  private static String labels() {
    StringBuilder labels = new StringBuilder();
    for (EnvironmentType type : values()) {
      if (labels.length() > 0) {
        labels.append(", ");
      }
      labels.append(type.label());
    }
    return labels.toString();
  }
}
