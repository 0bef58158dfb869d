package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Rendering on two threads keeps each text in its place and lets no failure slip by. */
class OutputRenderingTest {
  @Test
  void textsComeBackInTheOrderGivenWhicheverThreadRendersThem() {
    List<Supplier<String>> files = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      // Uneven work, so that the two threads overtake each other.
      files.add(() -> "file " + n + " " + "x".repeat((n % 7) * 10_000).length());
    }
    List<String> texts = OutputRendering.render(files);
    assertEquals(50, texts.size());
    for (int i = 0; i < 50; i++) {
      assertEquals("file " + i + " " + (i % 7) * 10_000, texts.get(i));
    }
  }

  @Test
  void aFailureOnEitherThreadReachesTheCaller() {
    IllegalStateException bug = new IllegalStateException("simulated bug");
    for (int failing = 0; failing < 4; failing++) {
      int n = failing;
      List<Supplier<String>> files = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        int index = i;
        files.add(
            () -> {
              if (index == n) {
                throw bug;
              }
              return "ok";
            });
      }
      assertSame(
          bug, assertThrows(IllegalStateException.class, () -> OutputRendering.render(files)));
    }
  }

  @Test
  void oneFileIsRenderedWithoutAHelper() {
    assertEquals(List.of("only"), OutputRendering.render(List.of(() -> "only")));
  }
}
