package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One {@code .magento.app.yaml}. Fields that are missing or of the wrong type are empty; the schema rules
 * report them.
 */
@Value.Immutable
public abstract class ApplicationConfig {

  /** The file, such as {@code .magento.app.yaml} or {@code application-server/.magento.app.yaml}. */
  public abstract String file();

  public abstract Optional<String> name();

  /** The {@code type} as written, such as {@code php:8.3}. */
  public abstract Optional<String> type();

  public abstract OptionalInt disk();

  public abstract List<Relationship> relationships();

  /** The relationships of {@code workers.<name>.relationships}, which the platform resolves the same way. */
  public abstract List<Relationship> workerRelationships();

  public abstract List<Mount> mounts();

  public abstract List<Cron> crons();

  /** The whole document, for anything the typed fields do not cover. */
  public abstract ConfigMapping root();

  public static ImmutableApplicationConfig.Builder builder() {
    return ImmutableApplicationConfig.builder();
  }

  /** The runtime of {@code type}, such as {@code php}. */
  public Optional<String> runtime() {
    return ColonPair.before(type(), false);
  }

  /** The runtime version of {@code type}, such as {@code 8.3}. */
  public Optional<String> runtimeVersion() {
    return ColonPair.after(type());
  }

  /** Where the application's {@code name} is written, or the file when it has none. */
  public Location nameLocation() {
    Optional<ConfigNode> name = root().get("name");
    return name.isPresent() ? name.get().location() : Location.ofFile(file());
  }
}
