package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an application's {@code relationships}: {@code database: "mysql:mysql"} (string form),
 * {@code mariadb:} (null form: the name is the service, default endpoint) or {@code database: {service:
 * mariadb, endpoint: mysql}} (object form).
 */
@Value.Immutable
public abstract class Relationship {

  /** The form a relationship is written in. */
  public enum Form {
    STRING,
    NULL,
    OBJECT,
    /** Anything else; the schema rules report it. */
    INVALID
  }

  public abstract String name();

  /** The service id or application name the relationship points to. */
  public abstract Optional<String> service();

  /** The endpoint; empty for the null form and an object without {@code endpoint} (default endpoint). */
  public abstract Optional<String> endpoint();

  public abstract Form form();

  public abstract Location location();

  public static ImmutableRelationship.Builder builder() {
    return ImmutableRelationship.builder();
  }
}
