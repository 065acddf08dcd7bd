package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.Optional;
import org.immutables.value.Value;

/** One route of {@code .magento/routes.yaml}: its URL template and what it does. */
@Value.Immutable
public abstract class RouteConfig {

  /** The URL template key, such as {@code https://{default}/}. */
  public abstract String url();

  /** {@code upstream}, {@code redirect} or {@code proxy}, as written. */
  public abstract Optional<String> type();

  /** The {@code upstream} as written, such as {@code mymagento:http}. */
  public abstract Optional<String> upstream();

  public abstract Optional<String> to();

  public abstract ConfigMapping node();

  /** Where the route key is written. */
  public abstract Location location();

  public static ImmutableRouteConfig.Builder builder() {
    return ImmutableRouteConfig.builder();
  }

  /** The application of {@code upstream}, such as {@code mymagento}. */
  public Optional<String> upstreamApplication() {
    return ColonPair.before(upstream(), true);
  }

  /** The endpoint of {@code upstream}, such as {@code http}. */
  public Optional<String> upstreamEndpoint() {
    return ColonPair.after(upstream());
  }
}
