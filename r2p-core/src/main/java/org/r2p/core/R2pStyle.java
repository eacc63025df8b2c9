package org.r2p.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.annotate.InjectAnnotation;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every r2p value: an abstract class {@code AbstractVote}
 * yields the public immutable class {@code Vote} with a builder and {@code with*} copies.
 *
 * <p>It is for r2p's own modules; applications never need it. The generated classes carry no
 * annotation from the build's class path (so an application compiling against r2p meets no
 * annotation type it cannot resolve), only {@link Generated}, which ships with r2p-core.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = false,
    // Override stands for "none": an empty list would allow every annotation found.
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true))
@InjectAnnotation(
    type = R2pStyle.Generated.class,
    target = {InjectAnnotation.Where.IMMUTABLE_TYPE, InjectAnnotation.Where.BUILDER_TYPE})
public @interface R2pStyle {

  /**
   * Marks a class generated from an r2p value type (the immutable class and its builder), so
   * that coverage and analysis tools can tell it from written code.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.CLASS)
  @interface Generated {}
}
