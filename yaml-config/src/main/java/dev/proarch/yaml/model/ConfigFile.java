package dev.proarch.yaml.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One configuration file that was read: its path, role and, when it parsed, its document. */
@Value.Immutable
public abstract class ConfigFile {

  /** The path relative to the project root, with {@code /} separators. */
  public abstract String path();

  public abstract FileKind kind();

  /** The document, empty when the file did not parse or was refused; an empty file is an empty mapping. */
  public abstract Optional<ConfigNode> root();

  public static ImmutableConfigFile.Builder builder() {
    return ImmutableConfigFile.builder();
  }
}
