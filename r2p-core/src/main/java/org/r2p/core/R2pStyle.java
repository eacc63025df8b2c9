package org.r2p.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every r2p value: an abstract class {@code AbstractVote}
 * yields the public immutable class {@code Vote} with a builder and {@code with*} copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true))
public @interface R2pStyle {}
