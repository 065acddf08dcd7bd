package dev.proarch.provisioning;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings a host passes to {@link ProvisionerProvider#create(ProviderConfig)}, such as an API endpoint or
 * a namespace. Plain text, so that any host can build it from its own configuration.
 */
@Value.Immutable
public abstract class ProviderConfig {

  public abstract Map<String, String> settings();

  public static ImmutableProviderConfig.Builder builder() {
    return ImmutableProviderConfig.builder();
  }

  /** No settings: the provider's defaults. */
  public static ProviderConfig empty() {
    return builder().build();
  }

  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings().get(key));
  }
}
