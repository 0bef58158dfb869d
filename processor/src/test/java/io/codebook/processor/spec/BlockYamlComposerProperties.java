package io.codebook.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For random documents in and around the block style, the block reader either declines or composes
 * the tree SnakeYAML composes. The documents mix every form the reader takes with the characters
 * that change YAML's meaning, and a share of them are damaged afterwards (a character dropped or
 * inserted, a line indented differently), so that near misses of the taken forms are tried too.
 */
class BlockYamlComposerProperties {
  /** Characters that matter to YAML, with plain ones so that many scalars stay valid. */
  private static final String ALPHABET = "abcXYZ019 :#'\"-[]{},\\&*!|>%@`?~.é€";

  /** What damage inserts: the alphabet and the characters the block reader never takes. */
  private static final String DAMAGE = ALPHABET + "\t\r\uFEFF\u0085";

  private static final String[] KEYS = {
    "name", "code", "a-b", "x.y", "_k", "200", "true", "null", "k ey", "-k", "\"q\""
  };

  /**
   * The characters the reader takes, written as a pattern: anything it matches is a character the
   * reader leaves to SnakeYAML, a carriage return not before a line feed included.
   */
  private static final Pattern UNTAKEN =
      Pattern.compile(
          "\\r(?!\\n)|[^\\r\\n\\x20-\\x7E\\xA0-\\u2027\\u202A-\\uD7FF\\uE000-\\uFEFE\\uFF00-\\uFFFD]");

  /** Each range's ends and their neighbours, with line ends; and, among them, any char at all. */
  private static final String EDGES =
      "\n\r\t\u0000\u001F ~\u007F\u009F\u00A0\u2027\u2028\u2029\u202A\uD7FF"
          + "\uD800\uDBFF\uDC00\uDFFF\uE000\uFEFE\uFEFF\uFF00\uFFFD\uFFFE\uFFFF";

  @Property(tries = 3000)
  void findsAnUntakenCharacterWhereThePatternDoes(@ForAll("edgyTexts") String text) {
    assertEquals(
        UNTAKEN.matcher(text).find(), BlockYamlComposer.hasUntakenCharacter(text), text::toString);
  }

  @Provide
  Arbitrary<String> edgyTexts() {
    return Arbitraries.randomValue(
        random -> {
          StringBuilder text = new StringBuilder();
          for (int i = random.nextInt(6); i > 0; i--) {
            int pick = random.nextInt(4);
            text.append(
                pick == 0
                    ? (char) random.nextInt(Character.MAX_VALUE + 1)
                    : pick == 1 ? 'a' : EDGES.charAt(random.nextInt(EDGES.length())));
          }
          return text.toString();
        });
  }

  @Property(tries = 2000)
  void takesOnlyWhatSnakeYamlComposesTheSame(@ForAll("documents") String text) {
    Statistics.collect(YamlTrees.blockReader(text).isPresent() ? "taken" : "declined");
    BlockYamlComposerTest.assertSameOrDeclined(text, "random document");
    BlockYamlComposerTest.assertSameOrDeclined(
        text.replace("\n", "\r\n"), "random document with Windows line ends");
    // The documents must exercise the reader, not only its declining.
    Statistics.coverage(coverage -> coverage.check("taken").percentage(share -> share >= 15));
  }

  @Property(tries = 2000)
  void takesOnlyWhatSnakeYamlComposesTheSameWhenDamaged(@ForAll("damaged") String text) {
    BlockYamlComposerTest.assertSameOrDeclined(text, "damaged document");
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.randomValue(random -> new Writer(random).document());
  }

  @Provide
  Arbitrary<String> damaged() {
    return Arbitraries.randomValue(random -> damage(new Writer(random).document(), random));
  }

  private static String damage(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, DAMAGE.charAt(random.nextInt(DAMAGE.length())));
        case 2 -> out.insert(at, random.nextBoolean() ? "\n" : random.nextBoolean() ? " " : "\r\n");
        default -> {
          int lineStart = out.lastIndexOf("\n", at) + 1;
          if (lineStart < out.length() && out.charAt(lineStart) == ' ') {
            out.deleteCharAt(lineStart);
          } else {
            out.insert(lineStart, ' ');
          }
        }
      }
    }
    return out.toString();
  }

  /** Writes one random document, mostly in the forms the block reader takes. */
  private static final class Writer {
    private final Random random;
    private final StringBuilder out = new StringBuilder();

    Writer(Random random) {
      this.random = random;
    }

    String document() {
      if (random.nextInt(10) == 0) {
        out.append("# a comment\n");
      }
      mapping(0, 0);
      return out.toString();
    }

    private void mapping(int indent, int depth) {
      int entries = 1 + random.nextInt(3);
      for (int i = 0; i < entries; i++) {
        if (i > 0 || depth == 0) {
          spaces(indent);
        }
        out.append(KEYS[random.nextInt(random.nextInt(8) == 0 ? KEYS.length : 6)]).append(':');
        value(indent, depth);
        if (random.nextInt(12) == 0) {
          spaces(random.nextInt(indent + 3)).append("# between\n");
        }
        if (random.nextInt(15) == 0) {
          out.append('\n');
        }
      }
    }

    private void value(int indent, int depth) {
      int kind = random.nextInt(depth >= 3 ? 5 : 8);
      switch (kind) {
        case 0, 1 -> scalarLine();
        case 2 -> blockScalar(indent);
        case 3 -> out.append(' ').append(flow(depth)).append(comment()).append('\n');
        case 4 -> {
          out.append(comment()).append('\n');
          spaces(indent + 1 + random.nextInt(3)).append(plain()).append('\n');
        }
        case 5 -> {
          out.append(comment()).append('\n');
          mapping(indent + 1 + random.nextInt(4), depth + 1);
        }
        default -> {
          out.append(comment()).append('\n');
          sequence(random.nextBoolean() ? indent : indent + 1 + random.nextInt(3), depth + 1);
        }
      }
    }

    private void sequence(int indent, int depth) {
      int items = 1 + random.nextInt(3);
      for (int i = 0; i < items; i++) {
        spaces(indent).append('-');
        switch (random.nextInt(depth >= 3 ? 3 : 5)) {
          case 0 -> scalarLine();
          case 1 -> blockScalar(indent);
          case 2 -> out.append(' ').append(flow(depth)).append('\n');
          case 3 -> {
            int column = indent + 2;
            out.append(' ');
            mappingInline(column, depth + 1);
          }
          default -> {
            out.append('\n');
            mapping(indent + 1 + random.nextInt(3), depth + 1);
          }
        }
      }
    }

    /** A mapping whose first key continues the current line, the rest at {@code column}. */
    private void mappingInline(int column, int depth) {
      int entries = 1 + random.nextInt(3);
      for (int i = 0; i < entries; i++) {
        if (i > 0) {
          spaces(column);
        }
        out.append(KEYS[random.nextInt(6)]).append(':');
        value(column, depth);
      }
    }

    private void scalarLine() {
      out.append(' ').append(scalar()).append(comment()).append('\n');
    }

    private void blockScalar(int indent) {
      out.append(' ').append(random.nextBoolean() ? '|' : '>');
      String[] chomping = {"", "", "-", "-", "+", "2"};
      out.append(chomping[random.nextInt(chomping.length)]).append(comment()).append('\n');
      int contentIndent = indent + 1 + random.nextInt(3);
      int lines = 1 + random.nextInt(4);
      for (int i = 0; i < lines; i++) {
        int roll = random.nextInt(8);
        if (roll == 0) {
          // Mostly an empty line; sometimes spaces, up to past the content's indentation.
          spaces(random.nextInt(3) == 0 ? random.nextInt(contentIndent + 2) : 0).append('\n');
        } else {
          spaces(contentIndent + (roll == 1 ? 1 + random.nextInt(2) : 0)).append(text());
          out.append('\n');
        }
      }
    }

    private String flow(int depth) {
      boolean mapping = random.nextBoolean();
      StringBuilder flow = new StringBuilder(mapping ? "{" : "[");
      int items = random.nextInt(4);
      for (int i = 0; i < items; i++) {
        if (i > 0) {
          flow.append(random.nextInt(10) == 0 ? "," : ", ");
        }
        if (mapping) {
          flow.append(KEYS[random.nextInt(6)]).append(random.nextInt(10) == 0 ? ":" : ": ");
        }
        flow.append(depth < 3 && random.nextInt(5) == 0 ? flow(depth + 1) : scalar());
      }
      return flow.append(mapping ? '}' : ']').toString();
    }

    private String scalar() {
      return switch (random.nextInt(4)) {
        case 0 -> "\"" + escaped() + "\"";
        case 1 -> "'" + text().replace("'", random.nextBoolean() ? "''" : "'") + "'";
        default -> plain();
      };
    }

    private String plain() {
      String[] typed = {
        "1", "-2", "0x1F", "0o7", "1.5", ".inf", "~", "null", "True", "yes", "${X}"
      };
      return random.nextInt(4) == 0 ? typed[random.nextInt(typed.length)] : text();
    }

    private String escaped() {
      String[] escapes = {"\\\\", "\\\"", "\\n", "\\t", "\\x41", "\\u00e9", "\\ ", "\\q", "\\u12"};
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(4);
      for (int i = 0; i < parts; i++) {
        text.append(
            random.nextBoolean()
                ? escapes[random.nextInt(escapes.length)]
                : text().replace("\"", "\\\""));
      }
      return text.toString();
    }

    private String text() {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        boolean plainLetter = random.nextInt(3) > 0;
        text.append(
            plainLetter
                ? (char) ('a' + random.nextInt(26))
                : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      return text.toString();
    }

    private String comment() {
      return random.nextInt(6) == 0 ? " # note" : "";
    }

    private StringBuilder spaces(int count) {
      for (int i = 0; i < count; i++) {
        out.append(' ');
      }
      return out;
    }
  }
}
