package io.codebook.example.ftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reply parser shared by {@code probe} and {@code explain-log}: lines, replies, and raw bytes.
 */
class ReplyParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "220 Service ready|220|false|Service ready",
        "220-Welcome|220|true|Welcome",
        "230|230|false|''",
        "530 |530|false|''",
        "000 zero|0|false|zero",
        "999 nine|999|false|nine",
        "226 two  spaces|226|false|two  spaces",
      })
  void replyLinesAreThreeDigitsAndASeparator(String line, int code, boolean more, String text) {
    assertEquals(Optional.of(new ReplyLine(code, more, text)), ReplyLine.parse(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "22",
        "2200 four digits",
        "22a x",
        "220_x",
        "220x",
        " 220 indented",
        "USER bob",
        "\u0662\u0662\u0660 arabic digits",
        "\uff12\uff12\uff10 fullwidth",
        "220\tTab"
      })
  void anythingElseIsNoReplyLine(String line) {
    assertEquals(Optional.empty(), ReplyLine.parse(line));
  }

  @Test
  void aOneLineReplyIsCompleteAtOnce() {
    Reply reply = complete(new ReplyAssembler().accept("421 Too many users"));
    assertEquals(421, reply.code());
    assertEquals(List.of("421 Too many users"), reply.lines());
    assertEquals("Too many users", reply.text());
    assertFalse(reply.multiLine());
    assertFalse(reply.closedWithOtherCode());
  }

  @Test
  void aMultiLineReplyRunsToTheLineWithItsCodeAndASpace() {
    List<String> lines =
        List.of(
            "211-Features:",
            " SIZE",
            "211-not the end",
            "  234 padded digits",
            "",
            "MDTM",
            "211 End");
    Reply reply = feed(lines);
    assertEquals(211, reply.code());
    assertEquals(lines, reply.lines());
    assertTrue(reply.multiLine());
    assertFalse(reply.closedWithOtherCode());
    assertEquals("Features:", reply.text());
  }

  @Test
  void aMultiLineReplyClosedWithAnotherCodeIsAcceptedAndSaysSo() {
    Reply reply = feed(List.of("230-Welcome", " quota 10 MB", "250 OK"));
    assertEquals(230, reply.code());
    assertEquals(250, reply.closingCode());
    assertTrue(reply.closedWithOtherCode());
    assertEquals(3, reply.lines().size());
  }

  @Test
  void aLineWithAnotherCodeAndAHyphenDoesNotEndAMultiLineReply() {
    ReplyAssembler assembler = new ReplyAssembler();
    assertInstanceOf(ReplyAssembler.Continued.class, assembler.accept("220-first"));
    assertInstanceOf(ReplyAssembler.Continued.class, assembler.accept("331-not the end"));
    assertTrue(assembler.inMultiLineReply());
    assertEquals(220, assembler.openCode());
    Reply reply = complete(assembler.accept("220 last"));
    assertEquals(3, reply.lines().size());
    assertFalse(assembler.inMultiLineReply());
    assertEquals(-1, assembler.openCode());
  }

  @Test
  void aLineWithoutACodeOutsideAReplyIsNoReply() {
    ReplyAssembler assembler = new ReplyAssembler();
    assertInstanceOf(ReplyAssembler.NotAReply.class, assembler.accept("SSH-2.0-OpenSSH_9.2"));
    assertInstanceOf(ReplyAssembler.NotAReply.class, assembler.accept(""));
    assertFalse(assembler.inMultiLineReply());
    assertEquals(200, complete(assembler.accept("200 OK")).code());
  }

  @Test
  void anOpenReplyCanBeAbandoned() {
    ReplyAssembler assembler = new ReplyAssembler();
    assembler.accept("220-one");
    assembler.accept("two");
    assertEquals(List.of("220-one", "two"), assembler.abandon());
    assertFalse(assembler.inMultiLineReply());
    assertEquals(List.of(), assembler.abandon());
    assertEquals(331, complete(assembler.accept("331 next")).code());
  }

  @Test
  void linesEndAtLfCrLfOrALoneCr() throws IOException {
    List<String> lines = texts(bytes("a\r\nb\nc\rd\r\n\r\ne"));
    assertEquals(List.of("a", "b", "c", "d", "", "e"), lines);
    assertEquals(List.of(), texts(new byte[0]));
    assertEquals(List.of(""), texts(bytes("\n")));
  }

  @Test
  void utf8IsDecodedAndOtherBytesReadAsLatin1() throws IOException {
    assertEquals(
        List.of("caf\u00e9 \u4e2d"), texts("caf\u00e9 \u4e2d".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("caf\u00e9"), texts("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
  }

  /**
   * A NUL byte marks binary data; other control characters turn up in text (colour codes, bytes of
   * a Windows code page), so they leave a line text, for its printer to replace.
   */
  @Test
  void aNulByteMarksALineBinaryButOtherControlCharactersDoNot() throws IOException {
    LineReader reader =
        new LineReader(
            new ByteArrayInputStream(
                new byte[] {
                  'a',
                  '\t',
                  'b',
                  '\n',
                  'x',
                  0,
                  1,
                  (byte) 0xff,
                  '\n',
                  'y',
                  0x1b,
                  '[',
                  'm',
                  '\n',
                  (byte) 0x9b,
                  0x7f
                }));
    assertFalse(reader.readLine().binary());
    assertTrue(reader.readLine().binary());
    LineReader.Line escape = reader.readLine();
    assertFalse(escape.binary(), "an escape sequence is text, to be shown with a ?");
    assertEquals("y\u001b[m", escape.text());
    LineReader.Line c1 = reader.readLine();
    assertFalse(c1.binary());
    assertEquals("\u009b\u007f", c1.text(), "not UTF-8, so read as ISO 8859-1");
    assertNull(reader.readLine());
  }

  /**
   * A line that ends with CR is returned at once: the LF after it may come late or never, and a
   * server's line must not wait for it until the time limit runs out.
   */
  @Test
  void aLineEndingWithCarriageReturnIsReturnedWithoutWaitingForTheNextByte() throws IOException {
    assertReadsOneLineThenFails(
        "HTTP/1.1 400 Bad Request\r",
        new SocketTimeoutException("the LF never came"),
        "HTTP/1.1 400 Bad Request",
        "");
  }

  @Test
  void aLineCutOffByAFailingStreamIsKeptAsUnfinished() throws IOException {
    assertReadsOneLineThenFails(
        "220 Ready\r\nHTTP/1.1 400 caf\u00e9",
        new SocketException("Connection reset"),
        "220 Ready",
        "HTTP/1.1 400 caf\u00e9");
  }

  /**
   * Reads {@code sent} from a stream that then fails with {@code failure}: the first read returns
   * {@code line} and leaves nothing unfinished, the second fails as the stream did and leaves
   * {@code unfinished}, what came of the line it was reading.
   */
  private static void assertReadsOneLineThenFails(
      String sent, IOException failure, String line, String unfinished) throws IOException {
    LineReader reader = new LineReader(new CutOffStream(bytes(sent), failure));
    assertEquals(line, reader.readLine().text());
    assertEquals("", reader.unfinishedLine(), "a whole line leaves nothing unfinished");
    assertSame(failure, assertThrows(IOException.class, reader::readLine));
    assertEquals(unfinished, reader.unfinishedLine());
  }

  /**
   * Line numbers count line feeds, as an editor shows them; a lone CR ends a line but not its
   * number.
   */
  @Test
  void lineNumbersCountLineFeeds() throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes("a\r\nb\rc\n\nd\r\n")));
    List<String> numbered = new ArrayList<>();
    for (LineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
      numbered.add(line.number() + ":" + line.text());
    }
    assertEquals(List.of("1:a", "2:b", "2:c", "3:", "4:d"), numbered);
    assertEquals(4, reader.lineFeeds());
  }

  @ParameterizedTest
  @CsvSource({
    "'', true",
    "2, true",
    "22, true",
    "220, true",
    "'220 ', true",
    "220-Wel, true",
    "H, false",
    "2x, false",
    "2200, false",
    "HTTP/1.1 400, false",
    "SSH-2.0, false"
  })
  void theStartOfALineMayStillBecomeAReplyLine(String start, boolean could) {
    assertEquals(could, ReplyLine.couldStart(start));
  }

  @Test
  void aLongLineKeepsItsStartAndCountsItsLength() throws IOException {
    String longLine = "220 " + "\u00e9".repeat(100_000);
    LineReader reader =
        new LineReader(
            new ByteArrayInputStream((longLine + "\nnext\n").getBytes(StandardCharsets.UTF_8)));
    LineReader.Line line = reader.readLine();
    assertEquals(longLine.getBytes(StandardCharsets.UTF_8).length, line.length());
    assertTrue(line.truncated());
    assertTrue(line.text().length() <= LineReader.MAX_LINE_BYTES);
    assertTrue(longLine.startsWith(line.text()), "cut between characters, still UTF-8");
    assertFalse(line.binary());
    assertEquals("next", reader.readLine().text());
  }

  private static Reply feed(List<String> lines) {
    ReplyAssembler assembler = new ReplyAssembler();
    for (int i = 0; i < lines.size() - 1; i++) {
      assertInstanceOf(
          ReplyAssembler.Continued.class, assembler.accept(lines.get(i)), lines.get(i));
      assertTrue(assembler.inMultiLineReply());
    }
    Reply reply = complete(assembler.accept(lines.get(lines.size() - 1)));
    assertFalse(assembler.inMultiLineReply());
    return reply;
  }

  private static Reply complete(ReplyAssembler.Step step) {
    return assertInstanceOf(ReplyAssembler.Complete.class, step).reply();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> texts(byte[] bytes) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes));
    List<String> lines = new ArrayList<>();
    for (LineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.add(line.text());
    }
    return lines;
  }

  /** Serves its bytes, then fails as a socket does when it times out or is reset. */
  private static final class CutOffStream extends InputStream {
    private final ByteArrayInputStream bytes;
    private final IOException failure;

    CutOffStream(byte[] bytes, IOException failure) {
      this.bytes = new ByteArrayInputStream(bytes);
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      int b = bytes.read();
      if (b < 0) {
        throw failure;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = bytes.read(buffer, offset, length);
      if (n < 0) {
        throw failure;
      }
      return n;
    }
  }
}
