package dev.proarch.core.policy.use;

import dev.proarch.core.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a team intends to use an environment for, in the seed's words. */
public enum Purpose {
  /** Writing changes and deploying them to see them build and run (docs/decisions.md D-USE-1). */
  DEVELOPMENT("development"),
  /** Systematic functional testing of features under development (D-USE-1). */
  DEVELOPMENT_TESTING("development-testing"),
  USER_ACCEPTANCE_TESTING("uat"),
  PERFORMANCE_TESTING("performance-testing"),
  B2B_TESTING("b2b-testing"),
  REGRESSION_TESTING_AGAINST_PRODUCTION_DATA("regression-testing"),
  CONTENT_STAGING("content-staging"),
  CRON_TESTING("cron-testing"),
  TESTING_NEW_BUILDS("testing-new-builds"),
  PRODUCTION_CRITICAL_PATCHES("production-critical-patches"),
  DEBUGGING_PRODUCTION("debugging-production"),
  CI_COMPATIBILITY("ci-compatibility"),
  CRITICAL_WORKFLOW_TESTING("critical-workflow-testing");

  private final String label;

  Purpose(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON, such as {@code performance-testing}. */
  public String label() {
    return label;
  }

  /** Parses a label typed by a user, in any case. */
  public static Purpose parse(String text) throws InvalidValueException {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (Purpose purpose : values()) {
      if (purpose.label.equals(wanted)) {
        return purpose;
      }
    }
    throw new InvalidValueException(
        "purpose", text, Arrays.stream(values()).map(Purpose::label).collect(Collectors.joining(", ")));
  }
}
