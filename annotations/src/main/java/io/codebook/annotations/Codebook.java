package io.codebook.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates Java types and reference documentation for a code set described in a YAML spec.
 *
 * <p>Put it on a {@code package-info.java}. For a spec whose {@code name} is {@code X}, the
 * processor writes {@code X} (an enum), {@code XCodes} (int constants usable as {@code case}
 * labels) and {@code XHandler} (switch-style dispatch) into that package, and {@code
 * META-INF/codebook/X.md} and {@code X.html} into the class output.
 *
 * <pre>{@code
 * @Codebook(spec = "io/codebook/codes/ftp-reply.yaml")
 * package com.example.ftp;
 *
 * import io.codebook.annotations.Codebook;
 * }</pre>
 *
 * <p>The retention is {@link RetentionPolicy#CLASS} rather than {@code SOURCE} because Gradle's
 * incremental annotation processing ignores source-retention annotations.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
@Repeatable(Codebook.List.class)
public @interface Codebook {

  /**
   * The spec's resource path, such as {@code "io/codebook/codes/ftp-reply.yaml"}.
   *
   * <p>It is looked up on the class path first (a spec in {@code src/main/resources} or in a
   * dependency's jar), then on the source path, then in the directories given by the {@code
   * -Acodebook.specPath} compiler option.
   *
   * @return the path of the YAML spec, relative to a class-path root
   */
  String spec();

  /** Holds several {@link Codebook} annotations on one package. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PACKAGE)
  @interface List {
    /**
     * The repeated annotations.
     *
     * @return the annotations, one per spec
     */
    Codebook[] value();
  }
}
