package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import io.codebook.processor.model.CodeSet;
import java.util.List;

/**
 * The names of every type generated for one code set, in one place so that generators agree.
 *
 * @param codes the enum, named after the set
 * @param constants the class of int constants
 * @param handler the dispatch interface
 * @param series the nested series enum
 * @param group the nested group enum
 * @param context the nested context enum
 * @param outcome the nested outcome enum
 * @param alias the nested alias class
 * @param index the nested lookup table holder
 * @param parts the holder of the parts of a set too large for an enum
 * @param key what a code is: an int or a string
 */
public record GeneratedTypes(
    ClassName codes,
    ClassName constants,
    ClassName handler,
    ClassName series,
    ClassName group,
    ClassName context,
    ClassName outcome,
    ClassName alias,
    ClassName index,
    ClassName parts,
    CodeKey key) {

  /** The names for {@code codeSet} generated into {@code packageName}. */
  public static GeneratedTypes of(String packageName, CodeSet codeSet) {
    ClassName codes = ClassName.get(packageName, codeSet.name());
    return new GeneratedTypes(
        codes,
        ClassName.get(packageName, codeSet.name() + "Codes"),
        ClassName.get(packageName, codeSet.name() + "Handler"),
        codes.nestedClass("Series"),
        codes.nestedClass("Group"),
        codes.nestedClass("Context"),
        codes.nestedClass("Outcome"),
        codes.nestedClass("Alias"),
        codes.nestedClass("Index"),
        ClassName.get(packageName, codeSet.name() + "Parts"),
        new CodeKey(codeSet.stringCodes()));
  }

  /** The simple names of the top-level types, which must not clash between specs of one package. */
  public List<String> topLevelNames() {
    return List.of(
        codes.simpleName(), constants.simpleName(), handler.simpleName(), parts.simpleName());
  }

  /** The interface of {@code XParts} that declares part {@code part}'s constants of {@code X}. */
  ClassName valuesPart(int part) {
    return parts.nestedClass("Values" + part);
  }

  /**
   * The interface of {@code XParts} that declares part {@code part}'s int constants of {@code
   * XCodes}.
   */
  ClassName codesPart(int part) {
    return parts.nestedClass("Codes" + part);
  }

  /**
   * The interface of {@code XParts} that declares part {@code part}'s methods of {@code XHandler}.
   */
  ClassName handlerPart(int part) {
    return parts.nestedClass("Handler" + part);
  }

  /** The interface of {@code XParts} with the handler's series methods and {@code otherwise}. */
  ClassName handlerBase() {
    return parts.nestedClass("HandlerBase");
  }
}
