package io.github.peacekeeping.benchmarks.immutables;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional attribute: Immutables takes any annotation named {@code Nullable} to mean that the
 * attribute may be null, copies it to the generated code, and leaves the attribute null when the JSON
 * lacks it. Declared here so that the benchmarks need no library for one annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {
}
