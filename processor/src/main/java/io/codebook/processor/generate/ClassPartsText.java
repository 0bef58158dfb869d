package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.codebook.processor.generate.IntConstants.IntConstant;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The interfaces of a class-shaped set's {@code XParts}, and the method their fields call, written
 * as text into the class that JavaPoet writes around them (file comment, import, Javadoc,
 * annotation, constructor). At 10,000 codes and more this file is most of what the processor
 * writes, and JavaPoet writes a file twice, the first time to collect imports, splitting every
 * string it emits with a regular expression: a profile of a 10,000-code compile had a quarter of
 * the processor's samples there. The interfaces hold only constants of {@code X}, of {@code int} or
 * {@code String}, and their Javadoc, so they need no import, and they come out character for
 * character as JavaPoet wrote them (the golden files of the class shape pin that): members a blank
 * line apart, Javadoc as {@link JavadocText} writes it, the interfaces' implicit modifiers left
 * out.
 */
final class ClassPartsText {
  private static final String TYPE_INDENT = "  ";
  private static final String MEMBER_INDENT = "    ";

  /** Roughly what a code's two constants take, so that the text is seldom copied as it grows. */
  private static final int CHARS_PER_CODE = 400;

  private ClassPartsText() {}

  /** {@code XParts}: the class of {@code outer} with each part's two interfaces added to it. */
  static SourceFile around(JavaFile outer, CodeSet codeSet, GeneratedTypes types, Layout layout) {
    SourceFile shell = SourceFile.of(outer);
    return new SourceFile(
        shell.typeName(), () -> render(shell.text().get(), codeSet, types, layout));
  }

  private static String render(String shell, CodeSet codeSet, GeneratedTypes types, Layout layout) {
    // The class ends with its closing brace; the interfaces go after its constructor.
    int classEnd = shell.lastIndexOf("}\n");
    if (classEnd < 0 || classEnd + 2 != shell.length()) {
      throw new IllegalStateException("JavaPoet's XParts does not end with its closing brace");
    }
    Names names = new Names(layout, types);
    StringBuilder out = new StringBuilder(shell.length() + CHARS_PER_CODE * codeSet.codes().size());
    out.append(shell, 0, classEnd);
    constantMethod(out, names.of(types.codes()));
    for (Layout.Part part : layout.parts()) {
      values(out, codeSet, types, part, names);
      codes(out, types, part, names);
    }
    return out.append("}\n").toString();
  }

  /**
   * {@code XParts.constant(int)}, which the parts' fields call unqualified, so that javac resolves
   * the call in {@code XParts}, which implements no interface. It resolves a call to {@code
   * X.constant} by collecting every interface {@code X} implements, and with 50,000 such calls on a
   * class that implements 97 part interfaces, that took most of the set's compile.
   */
  private static void constantMethod(StringBuilder out, String self) {
    out.append('\n');
    JavadocText.append(
        out,
        TYPE_INDENT,
        "The constant at a position, for the fields of the interfaces below: a call that javac"
            + " resolves in this class, which implements no interface, where a call to {@link "
            + self
            + "#constant} makes it search every part interface that class implements.\n\n"
            + "@param ordinal the constant's position\n@return the constant\n");
    out.append(TYPE_INDENT)
        .append("private static ")
        .append(self)
        .append(" constant(int ordinal) {\n")
        .append(MEMBER_INDENT)
        .append("return ")
        .append(self)
        .append(".constant(ordinal);\n")
        .append(TYPE_INDENT)
        .append("}\n");
  }

  /** {@code ValuesN}: the constants of {@code X} in the part, read from {@code All}'s array. */
  private static void values(
      StringBuilder out, CodeSet codeSet, GeneratedTypes types, Layout.Part part, Names names) {
    List<Code> codes = part.codes();
    String self = names.of(types.codes());
    startInterface(
        out,
        types.valuesPart(part.number()),
        "Constants of {@link "
            + self
            + "}, part "
            + part.number()
            + ": codes "
            + codes.get(0).key()
            + " to "
            + codes.get(codes.size() - 1).key()
            + ".\n");
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      if (i > 0) {
        out.append('\n');
      }
      field(
          out,
          CodeDocs.of(code, codeSet).build(),
          self,
          code.name(),
          AllConstants.read(part.firstOrdinal() + i));
      for (Alias alias : code.aliases()) {
        out.append('\n');
        field(out, CodeDocs.of(alias, code).build(), self, alias.name(), code.name());
      }
    }
    out.append(TYPE_INDENT).append("}\n");
  }

  /** {@code CodesN}: the part's constants of {@code XCodes}, usable as {@code case} labels. */
  private static void codes(
      StringBuilder out, GeneratedTypes types, Layout.Part part, Names names) {
    startInterface(
        out,
        types.codesPart(part.number()),
        "Int constants of {@link "
            + names.of(types.constants())
            + "}, part "
            + part.number()
            + ".\n");
    String type = types.key().linkType();
    boolean first = true;
    for (Code code : part.codes()) {
      String value = types.key().literalSource(code);
      for (IntConstant constant : IntConstants.of(code, types)) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        field(out, constant.doc().build(), type, constant.name(), value);
      }
    }
    out.append(TYPE_INDENT).append("}\n");
  }

  private static void startInterface(StringBuilder out, ClassName name, String doc) {
    out.append('\n');
    JavadocText.append(out, TYPE_INDENT, doc);
    out.append(TYPE_INDENT).append("public interface ").append(name.simpleName()).append(" {\n");
  }

  /** A field of an interface, whose {@code public static final} is implicit. */
  private static void field(
      StringBuilder out, String doc, String type, String name, String initializer) {
    JavadocText.append(out, MEMBER_INDENT, doc);
    out.append(MEMBER_INDENT)
        .append(type)
        .append(' ')
        .append(name)
        .append(" = ")
        .append(initializer)
        .append(";\n");
  }

  /**
   * How {@code XParts} names one of the set's types, as JavaPoet would: by simple name, since they
   * are in the same package, unless an interface of {@code XParts} has that simple name and so
   * hides the type inside the class, where its canonical name is needed.
   */
  private static final class Names {
    private final Set<String> nested = new HashSet<>();

    Names(Layout layout, GeneratedTypes types) {
      for (Layout.Part part : layout.parts()) {
        nested.add(types.valuesPart(part.number()).simpleName());
        nested.add(types.codesPart(part.number()).simpleName());
      }
    }

    String of(ClassName type) {
      return nested.contains(type.simpleName()) ? type.canonicalName() : type.simpleName();
    }
  }
}
