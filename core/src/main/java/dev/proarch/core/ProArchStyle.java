package dev.proarch.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied on {@code package-info.java} of every package that
 * declares value types. Strict builders reject a field set twice; {@code jdkOnly} keeps Guava out of
 * generated code; {@code overshadowImplementation} makes generated builders and withers return the
 * abstract type. Each value type exposes a static {@code builder()} or {@code of(...)} that forwards to its
 * generated class, so callers start from the abstract type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    privateNoargConstructor = true)
public @interface ProArchStyle {}
