package dev.proarch.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One service running on one node: what it is, the version line it runs (when ProArch knows one), its role
 * in the cluster, and the settings that the Pro shape depends on: GlusterFS mounts and the Galera
 * auto-increment of a MariaDB node.
 */
@Value.Immutable
public abstract class Service {

  public abstract ServiceKind kind();

  /** The version line, such as {@code 8.3} for PHP-FPM or {@code 2} for OpenSearch, when known. */
  public abstract Optional<String> version();

  @Value.Default
  public ServiceRole role() {
    return ServiceRole.ACTIVE;
  }

  /** The directories GlusterFS shares across the cluster; empty for every other service. */
  public abstract List<String> mounts();

  /** The Galera auto-increment setting of a MariaDB cluster member; empty elsewhere. */
  public abstract Optional<AutoIncrement> autoIncrement();

  public static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }

  /** An active service with no version and no settings. */
  public static Service of(ServiceKind kind) {
    return builder().kind(kind).build();
  }

  public boolean isSearchEngine() {
    return kind().isSearchEngine();
  }

  @Value.Check
  protected void check() {
    if (!mounts().isEmpty() && kind() != ServiceKind.GLUSTERFS) {
      throw new IllegalArgumentException("only GlusterFS has mounts, not " + kind().displayName());
    }
    if (autoIncrement().isPresent() && kind() != ServiceKind.MARIADB) {
      throw new IllegalArgumentException("only MariaDB has an auto-increment, not " + kind().displayName());
    }
  }
}
