package io.codebook.example.probe;

import io.codebook.example.ftp.LineReader;
import io.codebook.example.ftp.Reply;
import io.codebook.example.ftp.ReplyAssembler;
import io.codebook.example.ftp.ReplyLine;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.ObjIntConsumer;

/**
 * The probe's side of an FTP control connection: sends commands and reads replies, each read within
 * the step's time however the server sends. It prints nothing; whoever reads is handed every line
 * as it arrives, so that a reply cut off half-way is still shown as far as it came.
 *
 * <p>The data connections are opened and read here too, with the same time limits.
 */
final class ControlConnection implements Closeable {
  /** A reply longer than this is no FTP reply but a server gone astray. */
  private static final int MAX_REPLY_LINES = 10_000;

  private final Socket socket;
  private final LineReader reader;
  private final OutputStream writer;
  private final Timeout timeout;
  private final StepTimer timer;

  private ControlConnection(Socket socket, Timeout timeout) throws IOException {
    this.socket = socket;
    this.reader = new LineReader(new BufferedInputStream(socket.getInputStream()));
    this.writer = socket.getOutputStream();
    this.timeout = timeout;
    this.timer = new StepTimer(timeout);
  }

  /**
   * Connects to a server.
   *
   * @throws IOException if the connection is refused, times out or fails otherwise
   */
  static ControlConnection open(InetSocketAddress address, Timeout timeout) throws IOException {
    Socket socket = connect(address, timeout);
    try {
      return new ControlConnection(socket, timeout);
    } catch (IOException e) {
      closeQuietly(socket);
      throw e;
    }
  }

  /**
   * Opens a socket, control or data, whose connecting and every read wait at most {@code timeout}.
   */
  static Socket connect(InetSocketAddress address, Timeout timeout) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(address, timeout.millis());
      socket.setSoTimeout(timeout.millis());
      return socket;
    } catch (IOException e) {
      closeQuietly(socket);
      throw e;
    }
  }

  /** The server's address, where the data connections go too. */
  InetAddress serverAddress() {
    return socket.getInetAddress();
  }

  /** Sends one command line. */
  void send(String command) throws IOException {
    writer.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
    writer.flush();
  }

  /**
   * Reads one reply within the step's time.
   *
   * @param step what is being waited for, named in the timeout's message
   * @param received gets each line and its index in the reply as it arrives
   * @throws EOFException if the server closes the connection first
   * @throws ProtocolException if a line is not part of an FTP reply, even one whose end never came;
   *     its text is the message
   * @throws java.net.SocketTimeoutException if the step runs out of time
   */
  Reply read(String step, ObjIntConsumer<String> received) throws IOException {
    try (StepTimer.Timed timed = timer.start(socket, step)) {
      ReplyAssembler assembler = new ReplyAssembler();
      try {
        return readReply(assembler, received);
      } catch (IOException e) {
        IOException failure = timed.check(e);
        throw notFtp(assembler, received, failure).orElse(failure);
      }
    }
  }

  /**
   * When the stream failed in the middle of a line outside a multi-line reply, as the step's time
   * ran out or the server reset the connection: whether what came of the line shows that the server
   * does not speak FTP at all, as an HTTP server's "HTTP/1.1 400 Bad Request" does before its line
   * break has come. Then that is what happened, and the timeout or reset only came after it; the
   * line is handed on as received, for it is all there is to show.
   */
  private Optional<IOException> notFtp(
      ReplyAssembler assembler, ObjIntConsumer<String> received, IOException failure) {
    String unfinished = reader.unfinishedLine();
    if (unfinished.isEmpty() || assembler.inMultiLineReply() || ReplyLine.couldStart(unfinished)) {
      return Optional.empty();
    }
    received.accept(unfinished, 0);
    ProtocolException notFtp = new ProtocolException(unfinished);
    notFtp.initCause(failure);
    return Optional.of(notFtp);
  }

  private Reply readReply(ReplyAssembler assembler, ObjIntConsumer<String> received)
      throws IOException {
    for (int lines = 0; lines < MAX_REPLY_LINES; lines++) {
      LineReader.Line line = reader.readLine();
      if (line == null) {
        throw new EOFException("the server closed the connection");
      }
      received.accept(line.text(), lines);
      ReplyAssembler.Step step = assembler.accept(line.text());
      if (step instanceof ReplyAssembler.Complete complete) {
        return complete.reply();
      }
      if (step instanceof ReplyAssembler.NotAReply) {
        throw new ProtocolException(line.text());
      }
    }
    throw new ProtocolException("a multi-line reply of more than " + MAX_REPLY_LINES + " lines");
  }

  /**
   * Waits at most {@code millis} for each read from now on, for a reply that is a courtesy only.
   */
  void waitAtMost(int millis) throws IOException {
    socket.setSoTimeout(Math.min(timeout.millis(), millis));
  }

  /**
   * Reads a data connection to its end, within the step's time.
   *
   * @param data the data connection
   * @param step what is being done, named in the timeout's message
   * @param lines gets each line of the data and its index, or {@code null} to count the bytes only
   * @return the bytes received
   * @throws IOException if the connection fails or the step runs out of time
   */
  long readData(Socket data, String step, ObjIntConsumer<String> lines) throws IOException {
    try (StepTimer.Timed timed = timer.start(data, step)) {
      try {
        return readData(data.getInputStream(), lines);
      } catch (IOException e) {
        throw timed.check(e);
      }
    }
  }

  private static long readData(InputStream in, ObjIntConsumer<String> lines) throws IOException {
    CountingStream counter = new CountingStream(in);
    if (lines == null) {
      counter.transferTo(OutputStream.nullOutputStream());
      return counter.count;
    }
    LineReader reader = new LineReader(new BufferedInputStream(counter));
    int index = 0;
    for (LineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.accept(line.text(), index++);
    }
    return counter.count;
  }

  /** Closes the connection and stops its timer; never fails, as the session is over either way. */
  @Override
  public void close() {
    timer.close();
    closeQuietly(socket);
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Nothing to do: the socket is being abandoned.
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends InputStream {
    private final InputStream in;
    private long count;

    CountingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
