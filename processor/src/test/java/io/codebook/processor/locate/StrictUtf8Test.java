package io.codebook.processor.locate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** Where the strict decoder says a spec stops being UTF-8, counted as the YAML readers count. */
class StrictUtf8Test {
  @Test
  void decodesUtf8AndDropsTheByteOrderMark() throws StrictUtf8.Malformed {
    assertEquals("name: S\u00fcd", StrictUtf8.decode("\uFEFFname: S\u00fcd".getBytes(UTF_8)));
  }

  @Test
  void aBadFirstByteIsAtTheStart() {
    assertAt(1, 1, 0xE9, new byte[] {(byte) 0xE9, 'a'});
  }

  @Test
  void columnsCountCodePointsNotBytes() {
    // "\u00fc" takes two bytes, "\u20ac" three and U+1F600 four: each one column.
    assertAt(2, 5, 0xFF, bytes("a\n\u00fc\u20ac\uD83D\uDE00x", 0xFF));
  }

  @Test
  void aCarriageReturnDoesNotEndALine() {
    // YAML's line ends are counted at the line feed, so "\r\n" is one line end.
    assertAt(3, 3, 0x80, bytes("a\r\nb\r\nab", 0x80));
  }

  @Test
  void aSequenceCutShortAtTheEndIsWhereItStarts() {
    // The first two bytes of a three-byte character, and nothing after them.
    assertAt(1, 3, 0xE2, bytes("ab", 0xE2, 0x82));
  }

  @Test
  void anEncodedSurrogateIsNotUtf8() {
    assertAt(1, 2, 0xED, bytes("a", 0xED, 0xA0, 0x80));
  }

  private static void assertAt(int line, int column, int found, byte[] text) {
    StrictUtf8.Malformed malformed =
        assertThrows(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(text));
    assertEquals(
        line + ":" + column + " " + found,
        malformed.line + ":" + malformed.column + " " + malformed.found);
  }

  private static byte[] bytes(String prefix, int... after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix.getBytes(UTF_8));
    for (int b : after) {
      out.write(b);
    }
    return out.toByteArray();
  }
}
