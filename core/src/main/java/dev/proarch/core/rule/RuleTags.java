package dev.proarch.core.rule;

/** The tags a rule may carry. Constants, so that a typo fails to compile. */
public final class RuleTags {
  public static final String ENVIRONMENT = "environment";
  public static final String BRANCHING = "branching";
  public static final String PROMOTION = "promotion";
  public static final String INTEGRATION = "integration";
  public static final String BACKUP = "backup";
  public static final String SCALING = "scaling";
  public static final String TOPOLOGY = "topology";
  public static final String CONFIG = "config";
  public static final String VERSION = "version";
  public static final String SEARCH = "search";
  public static final String GIT = "git";
  public static final String PROVISIONING = "provisioning";
  public static final String SUPPORT = "support";

  private RuleTags() {}
}
