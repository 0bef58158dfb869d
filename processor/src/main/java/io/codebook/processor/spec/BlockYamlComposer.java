package io.codebook.processor.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Composes the block-style YAML that specs are written in into the nodes SnakeYAML would compose,
 * without SnakeYAML's scanner and parser, or declines.
 *
 * <p>Why it exists: every compile loads the processor afresh, so the spec is read by code the JVM
 * has never run. SnakeYAML decodes and checks each code point through a window, then tokenizes and
 * builds events, about a hundred classes and a third of the processor's time on a cold compile of
 * the FTP spec. This reader goes a line at a time with {@code String} methods and builds the same
 * tree: the same node kinds, tags (through SnakeYAML's own core-schema resolver), values, styles
 * and start positions. The differential tests hold it to that over every spec in the repository and
 * over generated documents.
 *
 * <p>It takes only what it is sure of, with Unix or Windows line ends: block mappings whose keys
 * are words, block sequences, plain and quoted scalars on one line, flow sequences and flow
 * mappings (with word keys) closed on the line they open, as generated specs write a code a line,
 * literal and folded block scalars with clip or strip chomping, and comments. Anything else (tabs,
 * a carriage return alone, a byte-order mark, characters outside the basic plane, anchors, tags,
 * directives, multi-line plain or quoted scalars, indentation indicators, empty values, a root that
 * is not a mapping) and every syntax error make it decline, and SnakeYAML reads the text as before,
 * so the positions and messages of errors are exactly SnakeYAML's.
 */
final class BlockYamlComposer {
  /**
   * The text behind every mark: SnakeYAML's marks keep the text to quote it in error messages, and
   * a text this reader takes has no errors, so its marks keep none rather than a copy per read.
   */
  private static final int[] NO_TEXT = new int[0];

  /** The resolver {@code CoreSchema} uses, built without the schema's constructors. */
  private static final ScalarResolver RESOLVER = new CoreScalarResolver(true);

  /** The one-letter escapes of a double-quoted scalar, and what SnakeYAML Engine reads them as. */
  private static final String ESCAPES = "0abtnvfre \"/\\N_";

  private static final char[] ESCAPED = {
    '\0', 7, '\b', '\t', '\n', 11, '\f', '\r', 27, ' ', '"', '/', '\\', 0x85, 0xA0
  };

  private final String label;
  private final String text;

  private final int[] lineStarts;
  private final int[] lineEnds;
  private final int lineCount;

  /** The line after the node composed last. */
  private int next;

  /** The quoted scalar composed last, set by the two quoted readers, which return a column. */
  private ScalarNode lastScalar;

  /** The column after the flow node composed last. */
  private int flowEnd;

  /** The line {@link #lineText} holds, and its text. */
  private int cachedLine = -1;

  private String cachedLineText = "";

  private BlockYamlComposer(String label, String text, int[] lineStarts) {
    this.label = label;
    this.text = text;
    this.lineCount = lineStarts.length;
    this.lineStarts = lineStarts;
    this.lineEnds = new int[lineCount];
    for (int line = 0; line < lineCount; line++) {
      int end = line + 1 < lineCount ? lineStarts[line + 1] - 1 : text.length();
      // A carriage return is taken only before a line feed (Windows line ends), as part of the
      // break.
      lineEnds[line] = end > lineStarts[line] && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }
  }

  /**
   * The root mapping of {@code text}, or empty when the text is outside what this reader takes and
   * SnakeYAML must read it.
   */
  static Optional<Node> compose(String label, String text) {
    if (hasUntakenCharacter(text)) {
      return Optional.empty();
    }
    int lines = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lines++;
    }
    int[] lineStarts = new int[lines];
    int line = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lineStarts[line++] = at + 1;
    }
    try {
      return Optional.of(new BlockYamlComposer(label, text, lineStarts).root());
    } catch (Declined declined) {
      return Optional.empty();
    }
  }

  /**
   * Whether the text has a character this reader leaves to SnakeYAML: any but the printable ones of
   * the basic plane, the line feed (after a carriage return or not), the byte-order mark and the
   * two Unicode line separators. Surrogates are refused so that a column counted in chars is
   * SnakeYAML's column counted in code points. One loop over the chars: a regular expression did
   * the same at a few hundred interpreted calls a character, a tenth of a cold compile's processor
   * time on the FTP spec and its translation.
   */
  static boolean hasUntakenCharacter(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ((c >= 0x20 && c <= 0x7E) || c == '\n') {
        continue;
      }
      boolean taken =
          c == '\r'
              ? i + 1 < chars.length && chars[i + 1] == '\n'
              : (c >= 0xA0 && c <= 0x2027)
                  || (c >= 0x202A && c <= 0xD7FF)
                  || (c >= 0xE000 && c <= 0xFEFE)
                  || (c >= 0xFF00 && c <= 0xFFFD);
      if (!taken) {
        return true;
      }
    }
    return false;
  }

  private Node root() {
    int first = nextContent(0);
    if (first == lineCount || indent(first) != 0) {
      throw new Declined();
    }
    Node root = mapping(first, 0);
    if (nextContent(next) != lineCount) {
      throw new Declined();
    }
    return root;
  }

  /** A block mapping whose first key is at {@code column} of {@code line}. */
  private MappingNode mapping(int line, int column) {
    List<NodeTuple> entries = new ArrayList<>();
    int at = line;
    while (true) {
      entries.add(entry(at, column));
      int following = nextContent(next);
      if (following == lineCount || indent(following) < column) {
        break;
      }
      if (indent(following) > column || isSequenceEntry(following, column)) {
        throw new Declined(); // a continued scalar, or a list after a scalar value: not taken here
      }
      at = following;
    }
    return new MappingNode(
        Tag.MAP, true, entries, FlowStyle.BLOCK, mark(line, column), Optional.empty());
  }

  private NodeTuple entry(int line, int column) {
    int keyEnd = keyEnd(line, column);
    if (keyEnd < 0) {
      throw new Declined();
    }
    int start = lineStarts[line];
    String key = text.substring(start + column, start + keyEnd);
    Node keyNode = plain(key, line, column);
    int valueColumn = skipSpaces(line, keyEnd + 1);
    if (valueColumn < width(line) && charAt(line, valueColumn) != '#') {
      return new NodeTuple(keyNode, inline(line, valueColumn, column));
    }
    int following = nextContent(line + 1);
    if (following < lineCount && indent(following) > column) {
      return new NodeTuple(keyNode, block(following));
    }
    if (following < lineCount
        && indent(following) == column
        && isSequenceEntry(following, column)) {
      return new NodeTuple(keyNode, sequence(following, column));
    }
    throw new Declined(); // an empty value: SnakeYAML decides where its null starts
  }

  /** A mapping or sequence that starts on its own line. */
  private Node block(int line) {
    int column = indent(line);
    return isSequenceEntry(line, column) ? sequence(line, column) : mapping(line, column);
  }

  /** A block sequence whose first dash is at {@code column} of {@code line}. */
  private SequenceNode sequence(int line, int column) {
    List<Node> items = new ArrayList<>();
    int at = line;
    while (true) {
      items.add(item(at, column));
      int following = nextContent(next);
      if (following == lineCount || indent(following) < column) {
        break;
      }
      if (indent(following) > column) {
        throw new Declined();
      }
      if (!isSequenceEntry(following, column)) {
        break; // the key after a sequence written at its key's indentation
      }
      at = following;
    }
    return new SequenceNode(
        Tag.SEQ, true, items, FlowStyle.BLOCK, mark(line, column), Optional.empty());
  }

  private Node item(int line, int column) {
    int content = skipSpaces(line, column + 1);
    if (content >= width(line) || charAt(line, content) == '#') {
      int following = nextContent(line + 1);
      if (following < lineCount && indent(following) > column) {
        return block(following);
      }
      throw new Declined();
    }
    if (isSequenceEntry(line, content)) {
      throw new Declined(); // a list in a list on one line
    }
    if (keyEnd(line, content) >= 0) {
      return mapping(line, content);
    }
    return inline(line, content, column);
  }

  /** A value that starts at {@code column} of {@code line}, in a collection at {@code parent}. */
  private Node inline(int line, int column, int parent) {
    next = line + 1;
    char first = charAt(line, column);
    switch (first) {
      case '"':
        return finished(line, doubleQuoted(line, column));
      case '\'':
        return finished(line, singleQuoted(line, column));
      case '[':
      case '{':
        return flowValue(line, column);
      case '|':
      case '>':
        return blockScalar(line, column, parent);
      default:
        return plainToComment(line, column);
    }
  }

  /** A plain scalar running to the end of the line or to a comment. */
  private ScalarNode plainToComment(int line, int column) {
    int start = lineStarts[line];
    int end = lineEnds[line];
    int comment = lineText(line).indexOf(" #", column);
    if (comment >= 0) {
      end = start + comment;
    }
    while (end > start + column && text.charAt(end - 1) == ' ') {
      end--;
    }
    String value = text.substring(start + column, end);
    if (!startsPlain(value) || value.endsWith(":") || value.contains(": ")) {
      throw new Declined();
    }
    return plain(value, line, column);
  }

  /**
   * Whether a plain scalar may start so; the indicators and a dash without a number are left out.
   */
  private static boolean startsPlain(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '-') {
      return value.length() > 1 && (Character.isDigit(value.charAt(1)) || value.charAt(1) == '.');
    }
    return "?:,[]{}#&*!|>'\"%@`".indexOf(first) < 0;
  }

  private static boolean containsAny(String value, String characters) {
    for (int i = 0; i < characters.length(); i++) {
      if (value.indexOf(characters.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private ScalarNode plain(String value, int line, int column) {
    return scalar(value, ScalarStyle.PLAIN, line, column);
  }

  /** A scalar with the tag SnakeYAML resolves: by its form when plain, else text. */
  private ScalarNode scalar(String value, ScalarStyle style, int line, int column) {
    return new ScalarNode(
        RESOLVER.resolve(value, style == ScalarStyle.PLAIN),
        true,
        value,
        style,
        mark(line, column),
        Optional.empty());
  }

  /** A scalar in double quotes, closed on its own line; returns its closing quote's column. */
  private int doubleQuoted(int line, int column) {
    int close = firstOf(line, column + 1, "\"");
    if (close < width(line) && firstOf(line, column + 1, "\\") > close) {
      // Most texts have no escapes: one substring instead of a loop that runs interpreted.
      lastScalar = quotedAsIs(line, column, close, ScalarStyle.DOUBLE_QUOTED);
      return close;
    }
    StringBuilder value = new StringBuilder();
    int width = width(line);
    int at = column + 1;
    while (at < width) {
      char c = charAt(line, at);
      if (c == '"') {
        lastScalar = scalar(value.toString(), ScalarStyle.DOUBLE_QUOTED, line, column);
        return at;
      }
      if (c != '\\') {
        value.append(c);
        at++;
        continue;
      }
      if (at + 1 >= width) {
        throw new Declined(); // a line continued by an escape
      }
      char escape = charAt(line, at + 1);
      int hexDigits = escape == 'x' ? 2 : escape == 'u' ? 4 : 0;
      if (hexDigits > 0) {
        value.append((char) hex(line, at + 2, hexDigits));
        at += 2 + hexDigits;
      } else {
        int known = ESCAPES.indexOf(escape);
        if (known < 0) {
          throw new Declined(); // SnakeYAML's error, or an escape this reader leaves to it
        }
        value.append(ESCAPED[known]);
        at += 2;
      }
    }
    throw new Declined(); // not closed on this line
  }

  private int hex(int line, int column, int digits) {
    if (column + digits > width(line)) {
      throw new Declined();
    }
    int value = 0;
    for (int i = 0; i < digits; i++) {
      int digit = Character.digit(charAt(line, column + i), 16);
      if (digit < 0) {
        throw new Declined();
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** A scalar in single quotes, closed on its own line; returns its closing quote's column. */
  private int singleQuoted(int line, int column) {
    int close = firstOf(line, column + 1, "'");
    if (close + 1 < width(line) ? charAt(line, close + 1) != '\'' : close < width(line)) {
      lastScalar = quotedAsIs(line, column, close, ScalarStyle.SINGLE_QUOTED);
      return close;
    }
    StringBuilder value = new StringBuilder();
    int width = width(line);
    int at = column + 1;
    while (at < width) {
      char c = charAt(line, at);
      if (c == '\'') {
        if (at + 1 < width && charAt(line, at + 1) == '\'') {
          value.append('\'');
          at += 2;
          continue;
        }
        lastScalar = scalar(value.toString(), ScalarStyle.SINGLE_QUOTED, line, column);
        return at;
      }
      value.append(c);
      at++;
    }
    throw new Declined();
  }

  /**
   * The quoted scalar whose closing quote is at {@code close}, if nothing but a comment follows.
   */
  private ScalarNode finished(int line, int close) {
    ScalarNode scalar = lastScalar;
    requireEndOrComment(line, close + 1);
    return scalar;
  }

  /** A quoted scalar without escapes, whose value is the text between its quotes. */
  private ScalarNode quotedAsIs(int line, int open, int close, ScalarStyle style) {
    int start = lineStarts[line];
    return scalar(text.substring(start + open + 1, start + close), style, line, open);
  }

  /**
   * The column of the first of {@code characters} at or after {@code column} on the line, or the
   * line's width when there is none; {@code String.indexOf} does the scanning.
   */
  private int firstOf(int line, int column, String characters) {
    String lineText = lineText(line);
    int first = lineText.length();
    for (int i = 0; i < characters.length(); i++) {
      int at = lineText.indexOf(characters.charAt(i), column);
      if (at >= 0 && at < first) {
        first = at;
      }
    }
    return first;
  }

  /**
   * The text of {@code line} without its break, kept for the line being read: a search in it stops
   * at the line's end, where one in the whole text would run on to the end of the document for a
   * character the line does not have, and a large spec would be read once per scalar.
   */
  private String lineText(int line) {
    if (line != cachedLine) {
      cachedLine = line;
      cachedLineText = text.substring(lineStarts[line], lineEnds[line]);
    }
    return cachedLineText;
  }

  /** Declines unless only spaces, then the line's end or a comment after a space, follow. */
  private void requireEndOrComment(int line, int column) {
    int after = skipSpaces(line, column);
    if (after < width(line) && (after == column || charAt(line, after) != '#')) {
      throw new Declined();
    }
  }

  /** A flow collection that is a whole value: closed on its own line, then only a comment. */
  private Node flowValue(int line, int column) {
    Node node = flowNode(line, column);
    requireEndOrComment(line, flowEnd);
    return node;
  }

  /** A node inside a flow collection, or the collection itself; sets {@link #flowEnd}. */
  private Node flowNode(int line, int column) {
    if (column >= width(line)) {
      throw new Declined(); // the line ends where a node should start: the text goes on past it
    }
    char first = charAt(line, column);
    if (first == '[' || first == '{') {
      return flowCollection(line, column, first == '{');
    }
    if (first == '"' || first == '\'') {
      flowEnd = (first == '"' ? doubleQuoted(line, column) : singleQuoted(line, column)) + 1;
      return lastScalar;
    }
    int end = firstOf(line, column, ",]}");
    int trimmed = end;
    while (trimmed > column && charAt(line, trimmed - 1) == ' ') {
      trimmed--;
    }
    int start = lineStarts[line];
    String value = text.substring(start + column, start + trimmed);
    if (!startsPlain(value) || value.contains(" #") || containsAny(value, ":[]{}")) {
      throw new Declined();
    }
    flowEnd = end;
    return plain(value, line, column);
  }

  /**
   * A flow sequence, or a flow mapping whose keys are words, opening at {@code column} and closed
   * on the same line, without a trailing comma or empty values.
   */
  private Node flowCollection(int line, int column, boolean mapping) {
    char close = mapping ? '}' : ']';
    List<Node> items = new ArrayList<>();
    List<NodeTuple> entries = new ArrayList<>();
    int width = width(line);
    int at = skipSpaces(line, column + 1);
    boolean more = at >= width || charAt(line, at) != close;
    while (more) {
      if (mapping) {
        int keyEnd = keyEnd(line, at);
        int valueColumn = keyEnd < 0 ? width : skipSpaces(line, keyEnd + 1);
        if (valueColumn >= width || ",}".indexOf(charAt(line, valueColumn)) >= 0) {
          throw new Declined(); // not a word key, or an empty value
        }
        Node key =
            plain(text.substring(lineStarts[line] + at, lineStarts[line] + keyEnd), line, at);
        entries.add(new NodeTuple(key, flowNode(line, valueColumn)));
      } else {
        items.add(flowNode(line, at));
      }
      at = skipSpaces(line, flowEnd);
      if (at >= width || (charAt(line, at) != ',' && charAt(line, at) != close)) {
        throw new Declined(); // not closed on this line, or not a separator
      }
      more = charAt(line, at) == ',';
      if (more) {
        at = skipSpaces(line, at + 1);
        if (at >= width || charAt(line, at) == close) {
          throw new Declined(); // a trailing comma, or the collection goes on to the next line
        }
      }
    }
    flowEnd = at + 1;
    return mapping
        ? new MappingNode(
            Tag.MAP, true, entries, FlowStyle.FLOW, mark(line, column), Optional.empty())
        : new SequenceNode(
            Tag.SEQ, true, items, FlowStyle.FLOW, mark(line, column), Optional.empty());
  }

  /**
   * A literal ({@code |}) or folded ({@code >}) block scalar with clip or strip chomping, whose
   * lines are indented past {@code parent} and by no more than its first line, when folded.
   */
  private ScalarNode blockScalar(int line, int column, int parent) {
    boolean folded = charAt(line, column) == '>';
    int header = column + 1;
    boolean strip = header < width(line) && charAt(line, header) == '-';
    if (strip) {
      header++;
    }
    requireEndOrComment(line, header);
    int first = line + 1;
    if (first >= lineCount || isBlank(first) || indent(first) <= parent) {
      throw new Declined(); // empty, or starting with a blank line whose indentation SnakeYAML
      // decides
    }
    int indent = indent(first);
    StringBuilder value = new StringBuilder();
    int blanks = 0;
    int at = first;
    for (; at < lineCount; at++) {
      if (isBlank(at)) {
        if (width(at) > indent) {
          throw new Declined(); // a line of spaces past the indentation is content
        }
        blanks++;
        continue;
      }
      if (indent(at) < indent) {
        break;
      }
      if (at > first) {
        appendBreaks(value, folded, blanks);
      }
      blanks = 0;
      if (folded && charAt(at, indent) == ' ') {
        throw new Declined(); // a more-indented line, which folding keeps apart
      }
      value.append(text, lineStarts[at] + indent, lineEnds[at]);
    }
    if (!strip) {
      value.append('\n');
    }
    next = at;
    return scalar(
        value.toString(), folded ? ScalarStyle.FOLDED : ScalarStyle.LITERAL, line, column);
  }

  /** The line breaks between two content lines with {@code blanks} empty lines between them. */
  private static void appendBreaks(StringBuilder value, boolean folded, int blanks) {
    if (folded && blanks == 0) {
      value.append(' ');
      return;
    }
    int breaks = folded ? blanks : blanks + 1;
    for (int i = 0; i < breaks; i++) {
      value.append('\n');
    }
  }

  /**
   * The column of the colon after a key that is a word ({@code [A-Za-z0-9_][A-Za-z0-9_.-]*}) at
   * {@code column}, followed by a space or the line's end; -1 when there is none.
   */
  private int keyEnd(int line, int column) {
    int width = width(line);
    int at = column;
    if (at >= width || !isKeyStart(charAt(line, at))) {
      return -1;
    }
    while (at < width && isKeyPart(charAt(line, at))) {
      at++;
    }
    if (at >= width || charAt(line, at) != ':') {
      return -1;
    }
    return at + 1 == width || charAt(line, at + 1) == ' ' ? at : -1;
  }

  private static boolean isKeyStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isKeyPart(char c) {
    return isKeyStart(c) || c == '.' || c == '-';
  }

  private boolean isSequenceEntry(int line, int column) {
    return column < width(line)
        && charAt(line, column) == '-'
        && (column + 1 == width(line) || charAt(line, column + 1) == ' ');
  }

  /** The first line at or after {@code line} that is neither blank nor only a comment. */
  private int nextContent(int line) {
    int at = line;
    while (at < lineCount && (isBlank(at) || charAt(at, indent(at)) == '#')) {
      at++;
    }
    return at;
  }

  private boolean isBlank(int line) {
    return indent(line) == width(line);
  }

  private int indent(int line) {
    return skipSpaces(line, 0);
  }

  private int skipSpaces(int line, int column) {
    int at = column;
    int width = width(line);
    while (at < width && charAt(line, at) == ' ') {
      at++;
    }
    return at;
  }

  private int width(int line) {
    return lineEnds[line] - lineStarts[line];
  }

  private char charAt(int line, int column) {
    return text.charAt(lineStarts[line] + column);
  }

  private Optional<Mark> mark(int line, int column) {
    int index = lineStarts[line] + column;
    return Optional.of(new Mark(label, index, line, column, NO_TEXT, 0));
  }

  /** Thrown, without a stack trace, when the text is outside what this reader takes. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }
}
