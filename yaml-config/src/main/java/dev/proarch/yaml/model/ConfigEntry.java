package dev.proarch.yaml.model;

import org.immutables.value.Value;

/** One key and its value in a mapping. */
@Value.Immutable
public abstract class ConfigEntry {

  @Value.Parameter
  public abstract ConfigScalar key();

  @Value.Parameter
  public abstract ConfigNode value();

  public static ConfigEntry of(ConfigScalar key, ConfigNode value) {
    return ImmutableConfigEntry.of(key, value);
  }

  /**
   * The key as the platform reads it: its text, or for a {@code !php/const:\PDO::X} key with no text, the
   * tag. Computed once, when the entry is built: rules look keys up by name for every node they visit.
   */
  @Value.Derived
  public String name() {
    if (key().text().isEmpty() && key().tag().isPresent()) {
      return key().tag().get();
    }
    return key().text();
  }
}
