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

  /**
   * Interfaces of your own for the generated type {@code X} to implement, so that code sets can
   * share a type: {@code implement = ListedCode.class} on two specs lets one method take a {@code
   * ListedCode} from either. The generated code still needs nothing at run time but the JDK and
   * your interface.
   *
   * <p>Each must be an interface without type parameters that the annotated package can see, and
   * each of its abstract methods must be a public instance method of {@code X}: the same name and
   * parameter types, and a return type assignable to the interface's. A nested interface whose
   * simple name is that of a type nested in {@code X} ({@code Series}, {@code Group}, {@code
   * Context}, {@code Alias} or {@code Outcome}) is implemented by that type, under the same rules,
   * when the spec generates it; so {@code ListedCode.Series series()} can return {@code X.Series}.
   * The processor checks all this and reports a mismatch on this attribute.
   *
   * @return the interfaces, none by default
   */
  Class<?>[] implement() default {};

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
