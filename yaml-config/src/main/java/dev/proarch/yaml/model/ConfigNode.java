package dev.proarch.yaml.model;

import dev.proarch.core.rule.Location;
import java.util.Optional;

/**
 * One node of a configuration file as written: a mapping, a sequence or a scalar, with where it is (file,
 * start and end position, logical path such as {@code relationships.database}) and its explicit tag, if
 * any ({@code !include}, {@code !archive}, {@code !php/const}). Aliases are expanded and merge keys
 * ({@code <<: *app}) are applied, so that every node reads as the platform sees it.
 */
public abstract class ConfigNode {

  /** Where the node is; the path is the logical path from the document root. */
  public abstract Location location();

  /** An explicit tag written in the file, such as {@code !include}; empty for plain nodes. */
  public abstract Optional<String> tag();

  /** The logical path of this node, empty for the document root. */
  public String path() {
    return location().path().orElse("");
  }

  /** The kind of node, for messages: {@code mapping}, {@code list}, or the scalar's kind. */
  public abstract String describe();

  public boolean isMapping() {
    return this instanceof ConfigMapping;
  }

  public boolean isSequence() {
    return this instanceof ConfigSequence;
  }

  public boolean isScalar() {
    return this instanceof ConfigScalar;
  }

  /** True for a null scalar ({@code ~}, {@code null} or nothing at all). */
  public boolean isNull() {
    return this instanceof ConfigScalar && ((ConfigScalar) this).kind() == ScalarKind.NULL;
  }

  public Optional<ConfigMapping> asMapping() {
    return this instanceof ConfigMapping ? Optional.of((ConfigMapping) this) : Optional.empty();
  }

  public Optional<ConfigSequence> asSequence() {
    return this instanceof ConfigSequence ? Optional.of((ConfigSequence) this) : Optional.empty();
  }

  public Optional<ConfigScalar> asScalar() {
    return this instanceof ConfigScalar ? Optional.of((ConfigScalar) this) : Optional.empty();
  }

  /** The text of a string scalar, empty for anything else (numbers, booleans, null, collections). */
  public Optional<String> asText() {
    return this instanceof ConfigScalar scalar && scalar.kind() == ScalarKind.STRING
        ? Optional.of(scalar.text())
        : Optional.empty();
  }
}
