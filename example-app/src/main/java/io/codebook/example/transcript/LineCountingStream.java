package io.codebook.example.transcript;

import io.codebook.example.ftp.LineReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the line feeds read, so that a transcript's line numbers are those of an editor even where
 * {@link LineReader} splits a line at a lone carriage return (curl's progress meter).
 */
final class LineCountingStream extends FilterInputStream {
  private long lineFeeds;

  LineCountingStream(InputStream in) {
    super(in);
  }

  /**
   * The line feeds read so far.
   *
   * @return the count
   */
  long lineFeeds() {
    return lineFeeds;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b == '\n') {
      lineFeeds++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    for (int i = offset; i < offset + count; i++) {
      if (buffer[i] == '\n') {
        lineFeeds++;
      }
    }
    return count;
  }
}
