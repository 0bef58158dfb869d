package io.codebook.example.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule by which every command of ftp-doctor prints text that comes from outside. */
class ControlCharactersTest {
  @ParameterizedTest
  @ValueSource(
      ints = {
        0x00,
        0x07,
        0x08,
        0x0a,
        0x0d,
        0x1b,
        0x1f, // C0, line ends included
        0x7f, // DEL
        0x80,
        0x85,
        0x9b,
        0x9d,
        0x9f, // C1: NEL, CSI, OSC
        0x202a,
        0x202b,
        0x202c,
        0x202d,
        0x202e, // bidi embeddings and overrides
        0x2066,
        0x2067,
        0x2068,
        0x2069 // bidi isolates
      })
  void everyControlCharacterIsReplaced(int control) {
    String text = "a" + (char) control + "b";
    assertTrue(ControlCharacters.isControl(control));
    assertTrue(ControlCharacters.containsControl(text));
    assertEquals("a?b", ControlCharacters.replaced(text));
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        '\t',
        ' ',
        '~',
        0xa0,
        0xe9, // tab, space, ASCII, no-break space, é
        0x2029,
        0x202f,
        0x2065,
        0x206a, // next to the bidi controls
        0x4e2d,
        0xfeff // 中, byte order mark
      })
  void otherCharactersAreKept(int character) {
    String text = "a" + (char) character + "b";
    assertFalse(ControlCharacters.isControl(character));
    assertSame(text, ControlCharacters.replaced(text));
  }

  @Test
  void theTextKeepsItsLengthAndEverythingElse() {
    String text = "550 caf\u00e9 \u001b[31m\u009b0m \u202egnp.exe \ud83d\udd11\t";
    String shown = ControlCharacters.replaced(text);
    assertEquals("550 caf\u00e9 ?[31m?0m ?gnp.exe \ud83d\udd11\t", shown);
    assertEquals(text.length(), shown.length());
    assertFalse(ControlCharacters.containsControl(shown));
  }
}
