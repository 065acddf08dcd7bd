package dev.proarch.core.policy.integration;

import org.immutables.value.Value;

/**
 * The limits behind the integration best practices. The seed gives no number for "restrict catalog size";
 * the documented guidance is about 4,000 to 5,000 products (platform-rules.md 1.8), so 5,000 is the default
 * and a project can choose its own (docs/decisions.md D-INT-1).
 */
@Value.Immutable
public abstract class IntegrationThresholds {
  public static final int DEFAULT_MAX_CATALOG_PRODUCTS = 5_000;
  /** "Limit use to one or two concurrent users" (seed: Integration environment). */
  public static final int DEFAULT_MAX_CONCURRENT_USERS = 2;

  private static final IntegrationThresholds DEFAULTS =
      builder().maxCatalogProducts(DEFAULT_MAX_CATALOG_PRODUCTS).maxConcurrentUsers(DEFAULT_MAX_CONCURRENT_USERS).build();

  /** The largest catalog that raises no finding. */
  public abstract int maxCatalogProducts();

  /** The most concurrent users that raise no finding. */
  public abstract int maxConcurrentUsers();

  public static ImmutableIntegrationThresholds.Builder builder() {
    return ImmutableIntegrationThresholds.builder();
  }

  public static IntegrationThresholds defaults() {
    return DEFAULTS;
  }

  @Value.Check
  protected void check() {
    if (maxCatalogProducts() < 0 || maxConcurrentUsers() < 1) {
      throw new IllegalArgumentException(
          "thresholds need a catalog limit of at least 0 and a user limit of at least 1, got "
              + maxCatalogProducts() + " and " + maxConcurrentUsers());
    }
  }
}
