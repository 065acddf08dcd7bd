package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One mount: the legacy string form {@code "var": "shared:files/var"} or the object form {@code {source:
 * local, source_path: var}}. For the legacy form the source is {@code local} and the source path is the
 * sub-path after {@code shared:files/}.
 */
@Value.Immutable
public abstract class Mount {

  /** The mount path as written, relative to the application root. */
  public abstract String path();

  public abstract Optional<String> source();

  public abstract Optional<String> sourcePath();

  /** The network-storage service, for {@code source: service}. */
  public abstract Optional<String> service();

  /** True for the {@code "shared:files/<subpath>"} string form. */
  public abstract boolean legacy();

  public abstract Location location();

  public static ImmutableMount.Builder builder() {
    return ImmutableMount.builder();
  }
}
