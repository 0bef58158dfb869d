package io.codebook.example.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes JSON (RFC 8259) by hand, indented by two spaces, so that ftp-doctor needs no JSON library.
 *
 * <p>Strings are escaped completely: the quotation mark, the backslash and every control character, and
 * also every character outside ASCII as a backslash-u escape, so the output is plain ASCII and reads
 * the same whatever the encoding of the terminal or the file it goes to.
 *
 * <p>The writer checks its own use: a value where a member name is due, a name outside an object or an
 * unbalanced end throws {@link IllegalStateException}, a bug in the caller.
 */
public final class JsonWriter {
  private enum Scope { ARRAY, OBJECT }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private final Deque<Boolean> empty = new ArrayDeque<>();
  private boolean nameWritten;

  /** Creates a writer with nothing written. */
  public JsonWriter() {}

  /**
   * Escapes text as the contents of a JSON string, without the surrounding quotation marks.
   *
   * @param text any text, including unpaired surrogates
   * @return the escaped text, ASCII only
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\b' -> escaped.append("\\b");
        case '\f' -> escaped.append("\\f");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * Starts an object.
   *
   * @return this writer
   */
  public JsonWriter beginObject() {
    return open(Scope.OBJECT, '{');
  }

  /**
   * Ends the innermost object.
   *
   * @return this writer
   */
  public JsonWriter endObject() {
    return close(Scope.OBJECT, '}');
  }

  /**
   * Starts an array.
   *
   * @return this writer
   */
  public JsonWriter beginArray() {
    return open(Scope.ARRAY, '[');
  }

  /**
   * Ends the innermost array.
   *
   * @return this writer
   */
  public JsonWriter endArray() {
    return close(Scope.ARRAY, ']');
  }

  /**
   * Writes the name of the next member of the innermost object.
   *
   * @param name the member's name
   * @return this writer
   */
  public JsonWriter name(String name) {
    if (scopes.peek() != Scope.OBJECT || nameWritten) {
      throw new IllegalStateException("a member name is not allowed here: " + name);
    }
    separate();
    out.append('"').append(escape(name)).append("\": ");
    nameWritten = true;
    return this;
  }

  /**
   * Writes a string, or {@code null}.
   *
   * @param value the string, or {@code null}
   * @return this writer
   */
  public JsonWriter value(String value) {
    return raw(value == null ? "null" : '"' + escape(value) + '"');
  }

  /**
   * Writes a number.
   *
   * @param value the number
   * @return this writer
   */
  public JsonWriter value(long value) {
    return raw(Long.toString(value));
  }

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @return this writer
   */
  public JsonWriter value(boolean value) {
    return raw(Boolean.toString(value));
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   */
  public JsonWriter nullValue() {
    return raw("null");
  }

  /**
   * Writes an array of strings.
   *
   * @param values the strings
   * @return this writer
   */
  public JsonWriter values(List<String> values) {
    beginArray();
    values.forEach(this::value);
    return endArray();
  }

  /**
   * The JSON written, which must be one complete value.
   *
   * @return the text, ending with a line break
   */
  @Override
  public String toString() {
    if (!scopes.isEmpty() || out.length() == 0) {
      throw new IllegalStateException("the JSON value is not complete");
    }
    return out + "\n";
  }

  private JsonWriter open(Scope scope, char bracket) {
    beforeValue();
    out.append(bracket);
    scopes.push(scope);
    empty.push(true);
    return this;
  }

  private JsonWriter close(Scope scope, char bracket) {
    if (scopes.peek() != scope || nameWritten) {
      throw new IllegalStateException("cannot end " + scope + " here");
    }
    scopes.pop();
    if (!empty.pop()) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private JsonWriter raw(String text) {
    beforeValue();
    out.append(text);
    return this;
  }

  private void beforeValue() {
    if (scopes.isEmpty()) {
      if (out.length() > 0) {
        throw new IllegalStateException("only one top-level value");
      }
      return;
    }
    if (scopes.peek() == Scope.OBJECT) {
      if (!nameWritten) {
        throw new IllegalStateException("a value in an object needs a name first");
      }
      nameWritten = false;
    } else {
      separate();
    }
  }

  private void separate() {
    if (!empty.pop()) {
      out.append(',');
    }
    empty.push(false);
    newline();
  }

  private void newline() {
    out.append('\n').append("  ".repeat(scopes.size()));
  }
}
