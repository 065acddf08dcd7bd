package dev.proarch.core.model;

import org.immutables.value.Value;

/**
 * A statement of the Pro architecture source document, with the section it comes from, so that every
 * fact the model carries can be traced back.
 */
@Value.Immutable
public abstract class SeedStatement {

  @Value.Parameter
  public abstract String text();

  /** The seed section, such as {@code Integration environment}. */
  @Value.Parameter
  public abstract String section();

  public static SeedStatement of(String text, String section) {
    return ImmutableSeedStatement.of(text, section);
  }
}
