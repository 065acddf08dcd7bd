package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One service of {@code .magento/services.yaml}, such as {@code mysql: {type: mysql:10.6, disk: 5120}}. */
@Value.Immutable
public abstract class ServiceConfig {

  /** The service id, the key that relationships reference. */
  public abstract String id();

  /** The {@code type} as written, such as {@code mysql:10.6}. */
  public abstract Optional<String> type();

  public abstract OptionalInt disk();

  /** The service's mapping, for {@code configuration} and other keys; empty mapping when not a mapping. */
  public abstract ConfigMapping node();

  /** Where the service id is written. */
  public abstract Location location();

  public static ImmutableServiceConfig.Builder builder() {
    return ImmutableServiceConfig.builder();
  }

  /** The service name of {@code type}, such as {@code mysql}. */
  public Optional<String> typeName() {
    return ColonPair.before(type(), true);
  }

  /** The version of {@code type}, such as {@code 10.6}; empty when none is written. */
  public Optional<String> version() {
    return ColonPair.after(type());
  }
}
