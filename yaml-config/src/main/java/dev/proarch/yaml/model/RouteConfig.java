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
    Optional<String> upstream = upstream();
    if (upstream.isEmpty()) {
      return upstream;
    }
    String text = upstream.get();
    int colon = text.indexOf(':');
    return colon < 0 ? upstream : Optional.of(text.substring(0, colon));
  }

  /** The endpoint of {@code upstream}, such as {@code http}. */
  public Optional<String> upstreamEndpoint() {
    Optional<String> upstream = upstream();
    if (upstream.isEmpty()) {
      return upstream;
    }
    String text = upstream.get();
    int colon = text.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(text.substring(colon + 1));
  }
}
