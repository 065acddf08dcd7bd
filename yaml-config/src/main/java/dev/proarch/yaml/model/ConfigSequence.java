package dev.proarch.yaml.model;

import java.util.List;
import org.immutables.value.Value;

/** A YAML sequence (list). */
@Value.Immutable
public abstract class ConfigSequence extends ConfigNode {

  public abstract List<ConfigNode> items();

  public static ImmutableConfigSequence.Builder builder() {
    return ImmutableConfigSequence.builder();
  }

  @Override
  public String describe() {
    return "list";
  }
}
