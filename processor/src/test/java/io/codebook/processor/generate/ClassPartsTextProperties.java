package io.codebook.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Reference;
import io.codebook.processor.testing.HostileText;
import io.codebook.processor.testing.PlainCodes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ClassPartsText} writes the class shape's part interfaces without JavaPoet; what it writes
 * must be what JavaPoet writes for the same interfaces, built here as JavaPoet fields (the way
 * {@code PartsGenerator} built them before) and rendered by JavaPoet itself. The golden files hold
 * a few small sets to it; this holds random ones, with hostile texts in every Javadoc, aliases,
 * negative and string codes and several codes per part, so that JavaPoet's own line splitting and
 * member spacing are the expectation rather than the writer's reading of them.
 */
class ClassPartsTextProperties {
  private static final String PACKAGE = "test.parts";

  @Property(tries = 300)
  void thePartsAreWhatJavaPoetWritesForTheSameInterfaces(@ForAll("codeSets") CodeSet codeSet)
      throws IOException {
    assertSameAsJavaPoet(codeSet, PACKAGE);
  }

  /** A set in the unnamed package, and one whose name a part interface of its own hides. */
  @Example
  void namesAreWrittenAsJavaPoetWritesThem() throws IOException {
    List<Code> codes = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      codes.add(PlainCodes.of(n * 10));
    }
    assertSameAsJavaPoet(codeSet("Demo", codes, false), "");
    assertSameAsJavaPoet(codeSet("Values1", codes, false), PACKAGE);
    assertSameAsJavaPoet(codeSet("Codes0", codes, false), PACKAGE);
  }

  private static void assertSameAsJavaPoet(CodeSet codeSet, String packageName) throws IOException {
    GeneratedTypes types = GeneratedTypes.of(packageName, codeSet);
    // Up to two codes a part, so at least two parts of three codes or more, and never an enum.
    int budget = 2 * codeSet.codes().stream().mapToInt(BytecodeEstimate::of).min().orElseThrow();
    Layout layout = Layout.of(codeSet, budget, 1);
    GenerationOptions options = new GenerationOptions(packageName, true, budget, 1);
    String written = PartsGenerator.generate(codeSet, types, layout, options).text().get();
    assertEquals(Layout.Shape.CLASS, layout.shape());
    String expected = javaPoet(codeSet, types, layout, options);
    if (!expected.equals(written)) {
      // The first line that differs, since the files run to hundreds of lines.
      List<String> want = expected.lines().toList();
      List<String> got = written.lines().toList();
      int line = 0;
      while (line < Math.min(want.size(), got.size()) && want.get(line).equals(got.get(line))) {
        line++;
      }
      assertEquals(
          line < want.size() ? want.get(line) : "(end of file)",
          line < got.size() ? got.get(line) : "(end of file)",
          "line " + (line + 1) + " of " + want.size());
    }
    assertEquals(expected, written);
  }

  /** The same file built wholly as JavaPoet's model and rendered by JavaPoet. */
  private static String javaPoet(
      CodeSet codeSet, GeneratedTypes types, Layout layout, GenerationOptions options)
      throws IOException {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.parts())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The parts of {@link $T} and {@link $T}, which are too large for one class file"
                    + " each. Use those types; these interfaces only hold their members.\n\n<p>$L\n",
                types.codes(),
                types.constants(),
                Provenance.paragraph(codeSet))
            .addMethod(NotInstantiable.constructor())
            .addMethod(
                MethodSpec.methodBuilder("constant")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(types.codes())
                    .addParameter(TypeName.INT, "ordinal")
                    .addJavadoc(
                        "The constant at a position, for the fields of the interfaces below: a"
                            + " call that javac resolves in this class, which implements no"
                            + " interface, where a call to {@link $T#constant} makes it search"
                            + " every part interface that class implements.\n\n@param ordinal the"
                            + " constant's position\n@return the constant\n",
                        types.codes())
                    .addStatement("return $T.constant(ordinal)", types.codes())
                    .build());
    Provenance.markGenerated(type, codeSet, options);
    ClassName self = types.codes();
    for (Layout.Part part : layout.parts()) {
      List<Code> codes = part.codes();
      TypeSpec.Builder values =
          TypeSpec.interfaceBuilder(types.valuesPart(part.number()))
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "Constants of {@link $T}, part $L: codes $L to $L.\n",
                  self,
                  part.number(),
                  codes.get(0).key(),
                  codes.get(codes.size() - 1).key());
      TypeSpec.Builder ints =
          TypeSpec.interfaceBuilder(types.codesPart(part.number()))
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "Int constants of {@link $T}, part $L.\n", types.constants(), part.number());
      for (int i = 0; i < codes.size(); i++) {
        Code code = codes.get(i);
        values.addField(
            FieldSpec.builder(self, code.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", CodeDocs.of(code, codeSet).build())
                .initializer("constant($L)", part.firstOrdinal() + i)
                .build());
        for (Alias alias : code.aliases()) {
          values.addField(AliasField.of(alias, code, self));
        }
        IntConstants.fields(code, types).forEach(ints::addField);
      }
      type.addType(values.build()).addType(ints.build());
    }
    StringBuilder out = new StringBuilder();
    Provenance.javaFile(types.parts(), type.build(), codeSet).writeTo(out);
    return out.toString();
  }

  @Provide
  Arbitrary<CodeSet> codeSets() {
    Arbitrary<String> text = HostileText.text();
    Arbitrary<List<Reference>> references =
        HostileText.reference().map(Reference::parse).list().ofMaxSize(2);
    Arbitrary<Alias> alias =
        Combinators.combine(text, text, Arbitraries.of(true, false), references)
            .as(
                (message, description, standard, refs) ->
                    new Alias("A", message, description, standard, refs));
    Arbitrary<Code> code =
        Combinators.combine(
                text,
                text,
                text.list().ofMaxSize(2),
                text.list().ofMaxSize(2),
                Arbitraries.of(Outcome.class),
                Arbitraries.of(true, false),
                references,
                alias.list().ofMaxSize(2))
            .as(
                (message, description, variants, solutions, outcome, standard, refs, aliases) ->
                    new Code(
                        0,
                        "C",
                        message,
                        description,
                        variants,
                        solutions,
                        outcome,
                        Optional.empty(),
                        Optional.empty(),
                        standard,
                        refs,
                        aliases,
                        "on"));
    return Combinators.combine(
            code.list().ofMinSize(3).ofMaxSize(9),
            Arbitraries.integers().between(Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2),
            Arbitraries.integers().between(1, 100_000),
            Arbitraries.of(true, false))
        .as(
            (drafts, first, gap, strings) -> {
              List<Code> codes = new ArrayList<>();
              for (int i = 0; i < drafts.size(); i++) {
                codes.add(numbered(drafts.get(i), first + i * gap, i, strings));
              }
              return codeSet("Reply", codes, strings);
            });
  }

  /** A drafted code with its number, or string key, and names unique in the set. */
  private static Code numbered(Code draft, int number, int index, boolean strings) {
    List<Alias> aliases = new ArrayList<>();
    for (int a = 0; a < draft.aliases().size(); a++) {
      Alias alias = draft.aliases().get(a);
      aliases.add(
          new Alias(
              "ALIAS_" + index + "_" + a,
              alias.message(),
              alias.description(),
              alias.standard(),
              alias.references()));
    }
    return new Code(
        number,
        "CODE_" + index,
        draft.message(),
        draft.description(),
        draft.variants(),
        draft.solutions(),
        draft.outcome(),
        Optional.empty(),
        Optional.empty(),
        draft.standard(),
        draft.references(),
        aliases,
        "onCode" + index,
        strings ? "42P" + index : String.valueOf(number));
  }

  private static CodeSet codeSet(String name, List<Code> codes, boolean strings) {
    return new CodeSet(
        "specs/\"parts\".yaml",
        name,
        "Title",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        codes,
        strings);
  }
}
