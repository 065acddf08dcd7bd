package dev.proarch.provisioning;

import org.immutables.value.Value;

/** A service the environment runs, such as {@code mysql} {@code 10.6} or {@code opensearch} {@code 2}. */
@Value.Immutable
public abstract class ServiceSpec {

  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract String version();

  public static ServiceSpec of(String name, String version) {
    return ImmutableServiceSpec.of(name, version);
  }

  @Value.Check
  protected void check() {
    if (name().isBlank() || version().isBlank()) {
      throw new IllegalArgumentException("a service needs a name and a version");
    }
  }

  @Override
  public String toString() {
    return name() + ":" + version();
  }
}
