package io.codebook.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constant names are UPPER_SNAKE and generated members are lowerCamel or UpperCamel, so a code may
 * be called after any generated member without clashing: {@code VALUES}, {@code VALUE_OF},
 * {@code CODE}, {@code INDEX}...
 */
class MemberNamesTest {
  private static final List<String> NAMES =
      List.of("VALUES", "VALUE_OF", "CODE", "NAME", "ORDINAL", "MESSAGE", "SERIES", "OUTCOME", "INDEX", "ALL", "LOOKUP", "OF", "IS_KNOWN", "OTHERWISE", "DISPATCH", "TABLE", "MIN", "SHIFT");

  @Test
  void codesNamedAfterGeneratedMembersCompileAndWork() throws Exception {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Clash\nseries:\n  - {name: ANY, range: 0-99, title: Any, outcome: success}\ncodes:\n");
    for (int i = 0; i < NAMES.size(); i++) {
      yaml.append("  - {code: ").append(i).append(", name: ").append(NAMES.get(i)).append(", message: m}\n");
    }
    Compilation compilation = TestCompiler.compileSpec(yaml.toString(), "-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> clash = GeneratedClasses.of(compilation).load("test.Clash");
    for (int i = 0; i < NAMES.size(); i++) {
      Object constant = clash.getField(NAMES.get(i)).get(null);
      assertSame(constant, clash.getMethod("of", int.class).invoke(null, i));
      assertEquals(i, clash.getMethod("code").invoke(constant));
    }
    assertEquals(NAMES.size(), ((Object[]) clash.getMethod("values").invoke(null)).length);
  }
}
