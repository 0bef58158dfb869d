package io.codebook.processor.scale;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.TestCompiler;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A real-sized registry stays a true enum: 3,000 codes with texts of the length registries have (a
 * message of a line, a description of a paragraph, a solution, a reference) compile to a Java enum,
 * because their data is created by per-part holders and the enum's initializer only creates the
 * constants.
 */
class ThreeThousandCodesTest {
  static final int COUNT = 3_000;

  static String message(int i) {
    return "The server could not complete request number " + i + " because a resource was busy";
  }

  static String description(int i) {
    return "Code "
        + i
        + " is sent when the server has accepted the request but cannot finish it: another client holds "
        + "the resource, a quota is exhausted or a dependency did not answer in time. Retrying after a delay usually helps.";
  }

  static String spec() {
    StringBuilder yaml =
        new StringBuilder(COUNT * 400)
            .append("codebook: 1\nname: Registry\noutcome: permanent\ncodes:\n");
    for (int i = 0; i < COUNT; i++) {
      yaml.append("  - code: ")
          .append(LargeSpecs.code(i))
          .append("\n    name: C")
          .append(i)
          .append("\n    message: \"")
          .append(message(i))
          .append("\"\n    description: \"")
          .append(description(i))
          .append("\"\n    solutions: [\"Wait a few seconds and send request ")
          .append(i)
          .append(" again.\"]")
          .append("\n    references: [\"Registry manual, section ")
          .append(i % 40)
          .append("\"]\n");
      if (i % 100 == 0) {
        yaml.append("    aliases: [{name: A")
            .append(i)
            .append(", message: \"Old name of ")
            .append(i)
            .append("\"}]\n");
      }
    }
    return yaml.toString();
  }

  @Test
  void threeThousandCodesWithTypicalTextsAreATrueEnum() throws Exception {
    Compilation compilation = TestCompiler.compileSpec(spec(), "-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> registry = classes.load("test.Registry");
    assertTrue(registry.isEnum(), "3,000 codes are a Java enum");

    Object[] values = registry.getEnumConstants();
    assertEquals(COUNT, values.length);
    Method of = registry.getMethod("of", int.class);
    Method messageOf = registry.getMethod("message");
    Method descriptionOf = registry.getMethod("description");
    Method solutionsOf = registry.getMethod("solutions");
    for (int i = 0; i < COUNT; i++) {
      Object constant = values[i];
      assertSame(constant, of.invoke(null, LargeSpecs.code(i)));
      assertSame(constant, registry.getField("C" + i).get(null));
      assertEquals(message(i), messageOf.invoke(constant));
      assertEquals(description(i), descriptionOf.invoke(constant));
      assertEquals(
          List.of("Wait a few seconds and send request " + i + " again."),
          solutionsOf.invoke(constant));
    }
    assertSame(
        values[2_900], registry.getField("A2900").get(null), "an alias is the primary constant");
    assertEquals(
        Optional.empty(),
        registry.getMethod("lookup", int.class).invoke(null, LargeSpecs.code(5) + 1));
    assertEquals(
        LargeSpecs.code(2_999), classes.load("test.RegistryCodes").getField("C2999").getInt(null));
  }
}
