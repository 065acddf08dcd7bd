package dev.proarch.yaml.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A YAML mapping in file order. A key written twice is kept once (the first); the reader reports the
 * duplicate. Keys brought in by a merge key ({@code <<: *anchor}) appear as entries too.
 */
@Value.Immutable
public abstract class ConfigMapping extends ConfigNode {
  private static final int SCAN_LIMIT = 8;

  public abstract List<ConfigEntry> entries();

  public static ImmutableConfigMapping.Builder builder() {
    return ImmutableConfigMapping.builder();
  }

  /** The value of a key, if present. */
  public Optional<ConfigNode> get(String key) {
    Optional<ConfigEntry> entry = entry(key);
    return entry.isPresent() ? Optional.of(entry.get().value()) : Optional.empty();
  }

  /** The entry of a key, if present. */
  public Optional<ConfigEntry> entry(String key) {
    // Rules look keys up for every node they visit: a short mapping is scanned, a long one indexed once.
    List<ConfigEntry> entries = entries();
    if (entries.size() > SCAN_LIMIT) {
      return Optional.ofNullable(byName().get(key));
    }
    for (int i = 0; i < entries.size(); i++) {
      ConfigEntry entry = entries.get(i);
      if (entry.name().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** The entries by name, built on the first lookup in a long mapping. */
  @Value.Lazy
  protected Map<String, ConfigEntry> byName() {
    Map<String, ConfigEntry> index = new HashMap<>();
    for (ConfigEntry entry : entries()) {
      index.putIfAbsent(entry.name(), entry);
    }
    return index;
  }

  public boolean has(String key) {
    return entry(key).isPresent();
  }

  /** The keys in file order. */
  public List<String> keys() {
    List<ConfigEntry> entries = entries();
    String[] keys = new String[entries.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = entries.get(i).name();
    }
    return List.of(keys);
  }

  /** The value of a key when it is a mapping. */
  public Optional<ConfigMapping> mapping(String key) {
    Optional<ConfigEntry> entry = entry(key);
    return entry.isPresent() && entry.get().value() instanceof ConfigMapping mapping
        ? Optional.of(mapping)
        : Optional.empty();
  }

  /** The value of a key when it is a string scalar. */
  public Optional<String> text(String key) {
    Optional<ConfigEntry> entry = entry(key);
    return entry.isPresent() ? entry.get().value().asText() : Optional.empty();
  }

  public boolean isEmpty() {
    return entries().isEmpty();
  }

  @Override
  public String describe() {
    return "mapping";
  }
}
