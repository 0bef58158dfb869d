package io.codebook.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

  @Test
  void keepsOneBasedPositionsOfEveryValue() {
    String yaml =
        "codebook: 1\nname: Demo\ncodes:\n  - code: 421\n    name: BUSY\n    message: Busy.\n    variants: [a, b]\n";
    Problems problems = new Problems();
    Optional<RawSpec> spec = SpecReader.read("s.yaml", yaml, problems);
    assertFalse(problems.any(), () -> problems.sorted().toString());
    RawSpec.RawCode code = spec.orElseThrow().codes().get(0);
    assertEquals(new Position("s.yaml", 4, 5), code.position());
    assertEquals(
        new Located<>(BigInteger.valueOf(421), new Position("s.yaml", 4, 11)), code.code());
    assertEquals(new Position("s.yaml", 7, 19), code.variants().get(1).position());
    assertEquals(new Position("s.yaml", 2, 7), spec.get().name().position());
  }

  @Test
  void readsHexAndOctalCoreSchemaIntegers() {
    Problems problems = new Problems();
    RawSpec spec =
        SpecReader.read(
                "s.yaml",
                "codebook: 0x1\nname: D\ncodes:\n  - {code: 0o17, name: A, message: m}\n",
                problems)
            .orElseThrow();
    assertEquals(BigInteger.valueOf(15), spec.codes().get(0).code().value());
  }

  @Test
  void numbersAndBooleansAreAcceptedAsText() {
    Problems problems = new Problems();
    RawSpec spec =
        SpecReader.read(
                "s.yaml",
                "codebook: 1\nname: D\ncodes:\n  - {code: 1, name: A, message: 404}\n",
                problems)
            .orElseThrow();
    assertEquals("404", spec.codes().get(0).message().value());
    assertFalse(problems.any());
  }

  @Test
  void aDocumentThatIsNotAMappingIsReported() {
    Problems problems = new Problems();
    assertTrue(SpecReader.read("s.yaml", "- just\n- a list\n", problems).isEmpty());
    assertEquals(
        "[codebook:wrong-type] s.yaml:1:1: the spec must be a mapping of fields (codebook, name, codes, ...), but is a list",
        problems.sorted().get(0).render());
    Problems empty = new Problems();
    assertTrue(SpecReader.read("s.yaml", "", empty).isEmpty());
    assertEquals(
        "[codebook:wrong-type] s.yaml:1:1: the spec must be a mapping of fields (codebook, name, codes, ...), but the file is empty",
        empty.sorted().get(0).render());
  }
}
