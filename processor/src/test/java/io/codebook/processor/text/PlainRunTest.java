package io.codebook.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainRunTest {
  @Test
  void aRunEndsAtTheFirstCharacterThatIsNotPlain() {
    PlainRun run = PlainRun.printableAsciiExcept("&<", "");
    assertEquals(5, run.end("plain&rest".toCharArray(), 0));
    assertEquals(10, run.end("plain&rest".toCharArray(), 6));
    assertEquals(0, run.end("<".toCharArray(), 0));
  }

  @Test
  void controlsAndNonAsciiAreNotPlainUnlessAsked() {
    PlainRun run = PlainRun.printableAsciiExcept("", "\t");
    assertEquals(3, run.end("a\tb\nc".toCharArray(), 0));
    assertEquals(1, run.end("a\u00e9".toCharArray(), 0));
    assertEquals(0, run.end("\u007f".toCharArray(), 0));
  }

  @Test
  void aboveAsciiEverythingButSurrogatesIsPlainWhenAsked() {
    PlainRun run = PlainRun.printableAsciiExcept("\\", "").andAboveAscii();
    assertEquals(3, run.end("a\u00e9\u4e2d".toCharArray(), 0));
    assertEquals(1, run.end("a\ud83d\ude00".toCharArray(), 0));
    assertEquals(1, run.end("a\\b".toCharArray(), 0));
  }
}
