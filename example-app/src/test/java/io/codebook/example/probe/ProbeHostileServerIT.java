package io.codebook.example.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code probe} against servers that misbehave on purpose, each written here as a script: every one
 * must end with a diagnosis within {@code --timeout} plus a small margin, whatever the server
 * sends, and print no stack trace.
 */
class ProbeHostileServerIT {
  private static final String LIMIT = "1s";
  private static final long LIMIT_MILLIS = 1_000;

  /** The margin the issue allows: the limit plus two seconds. */
  private static final long MARGIN_MILLIS = 2_000;

  /** What the probe must never print: the characters listed here, not through the code tested. */
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

  @Test
  void silence() throws Exception {
    try (FakeFtpServer fake = FakeFtpServer.start(connection -> Thread.sleep(30_000))) {
      Timed run = probeTimed(fake.url(""));
      run.assertTimedOutAt("waiting for the server's greeting");
    }
  }

  @Test
  void anEndlessLine() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              OutputStream out = connection.socket().getOutputStream();
              out.write("220 ".getBytes(StandardCharsets.US_ASCII));
              byte[] chunk = "x".repeat(4096).getBytes(StandardCharsets.US_ASCII);
              while (true) {
                out.write(chunk);
              }
            })) {
      Timed run = probeTimed(fake.url(""));
      run.assertTimedOutAt("waiting for the server's greeting");
    }
  }

  @Test
  void anEndlessMultiLineReply() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220-Welcome");
              while (true) {
                connection.send("220-and another line of the banner");
              }
            })) {
      Timed run = probeTimed(fake.url(""));
      run.assertEndedInTime();
      assertTrue(
          run.status() == ExitCode.CONNECTION_FAILED || run.status() == ExitCode.PROBLEM_FOUND,
          run.out());
      // However long the reply, what is shown of it is bounded.
      assertTrue(
          run.out().lines().count() < 1_000, "printed " + run.out().lines().count() + " lines");
    }
  }

  @Test
  void binaryGarbage() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              OutputStream out = connection.socket().getOutputStream();
              Random random = new Random(959);
              byte[] chunk = new byte[4096];
              while (true) {
                random.nextBytes(chunk);
                out.write(chunk);
              }
            })) {
      Timed run = probeTimed(fake.url(""));
      run.assertEndedInTime();
      assertTrue(
          run.status() == ExitCode.CONNECTION_FAILED || run.status() == ExitCode.PROBLEM_FOUND,
          run.out());
      run.run().assertContains("waiting for the server's greeting");
    }
  }

  @Test
  void aResetMidway() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220 Ready");
              connection.await("USER");
              connection.send("331 Password please");
              connection.await("PASS");
              connection.socket().setSoLinger(true, 0);
              connection.socket().close();
            })) {
      Timed run = probeTimed(fake.url("bob:pw@"));
      run.assertEndedInTime();
      assertEquals(ExitCode.CONNECTION_FAILED, run.status(), run.out());
      run.run().assertContains("! 10054 WSAECONNRESET at waiting for the reply to PASS ****");
    }
  }

  @Test
  void aServerThatDripsOneByteASecond() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              OutputStream out = connection.socket().getOutputStream();
              for (byte b :
                  "220 Service ready for new user.\r\n".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(1_000);
              }
            })) {
      Timed run = probeTimed(fake.url(""));
      run.assertTimedOutAt("waiting for the server's greeting");
    }
  }

  @Test
  void aDataConnectionThatNeverOpens() throws Exception {
    try (Backlog full = Backlog.filled();
        FakeFtpServer fake =
            FakeFtpServer.start(
                connection -> {
                  loginAndAwaitPassive(connection);
                  connection.send("229 Entering Extended Passive Mode (|||" + full.port() + "|)");
                  connection.await("QUIT");
                  connection.send("221 Bye");
                })) {
      Timed run = probeTimed(fake.url("bob:pw@"));
      run.assertTimedOutAt("opening the data connection to 127.0.0.1:" + full.port());
      assertFalse(fake.commands().contains("LIST"), "LIST was sent without a data connection");
      assertNull(fake.failure());
    }
  }

  @Test
  void aDataConnectionThatNeverEnds() throws Exception {
    try (ServerSocket data = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        FakeFtpServer fake =
            FakeFtpServer.start(
                connection -> {
                  loginAndAwaitPassive(connection);
                  connection.send(
                      "229 Entering Extended Passive Mode (|||" + data.getLocalPort() + "|)");
                  connection.await("LIST");
                  try (Socket transfer = data.accept()) {
                    connection.send("150 Here it comes, and comes");
                    byte[] chunk = "file\r\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
                    try {
                      while (true) {
                        transfer.getOutputStream().write(chunk);
                        Thread.sleep(10);
                      }
                    } catch (IOException closedByTheClient) {
                      connection.send("426 Connection closed; transfer aborted.");
                    }
                  }
                  connection.await("QUIT");
                  connection.send("221 Bye");
                })) {
      Timed run = probeTimed(fake.url("bob:pw@"));
      run.assertTimedOutAt("reading the data of LIST");
      run.run().assertContains("<- 426 Connection closed; transfer aborted.");
      run.run().assertContains("<- 221 Bye");
      assertNull(fake.failure());
    }
  }

  /**
   * ProFTPD sends the completion reply only once the client has closed the data connection, as RFC
   * 959's order has it; a client that waits for the reply first waits for ever.
   */
  @Test
  void aServerThatRepliesOnlyAfterTheDataConnectionIsClosed() throws Exception {
    try (ServerSocket data = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        FakeFtpServer fake =
            FakeFtpServer.start(
                connection -> {
                  loginAndAwaitPassive(connection);
                  connection.send(
                      "229 Entering Extended Passive Mode (|||" + data.getLocalPort() + "|)");
                  connection.await("LIST");
                  try (Socket transfer = data.accept()) {
                    connection.send("150 Opening ASCII mode data connection for file list");
                    transfer
                        .getOutputStream()
                        .write("welcome.txt\r\n".getBytes(StandardCharsets.US_ASCII));
                    transfer.shutdownOutput();
                    InputStream closed = transfer.getInputStream();
                    while (closed.read() >= 0) {
                      // Wait for the client's close, as ProFTPD does.
                    }
                  }
                  connection.send("226 Transfer complete");
                  connection.await("QUIT");
                  connection.send("221 Goodbye.");
                })) {
      long started = System.nanoTime();
      ProbeIT.Run run = ProbeIT.probe(fake.url("bob:pw@"), "--timeout", "5s");
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(ExitCode.OK, run.status(), run.out());
      assertTrue(millis < 2_000, "took " + millis + " ms: the probe waited for 226 before closing");
      run.assertContains("The data connection carried 13 bytes.");
      run.assertContains("= 226 CLOSING_DATA_CONNECTION");
      assertNull(fake.failure());
    }
  }

  /**
   * A web server on the port answers late, and its status line has no line break yet, or only a CR
   * whose LF has not come: what came is HTTP, and that is the diagnosis, not the timeout or the
   * wait for the rest of the line break that followed it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "\r"})
  void aLateHttpAnswerIsDiagnosedAsHttpNotAsATimeout(String lineEnd) throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              Thread.sleep(LIMIT_MILLIS / 2);
              OutputStream out = connection.socket().getOutputStream();
              out.write(("HTTP/1.1 400 Bad Request" + lineEnd).getBytes(StandardCharsets.US_ASCII));
              out.flush();
              Thread.sleep(30_000);
            })) {
      Timed run = probeTimed(fake.url(""));
      run.assertEndedInTime();
      assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
      run.run().assertContains("<- HTTP/1.1 400 Bad Request");
      run.run()
          .assertContains(
              "not an FTP reply while waiting for the server's greeting: \"HTTP/1.1 400 Bad"
                  + " Request\". It looks like HTTP: a web server answers on this port");
      assertFalse(run.out().contains("10060"), run.out());
    }
  }

  /**
   * A server that greets in another protocol is said so: SSH is named, and a line that is neither
   * FTP nor a protocol ftp-doctor knows (POP3) leaves the question open.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SSH-2.0-OpenSSH_9.2   | It looks like SSH: this port serves SSH",
        "+OK POP3 server ready | Is this port an FTP server?"
      })
  void anotherProtocolIsNamedOrAskedAbout(String greeting, String diagnosis) throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send(greeting);
              Thread.sleep(30_000);
            })) {
      Timed run = probeTimed(fake.url(""));
      run.assertEndedInTime();
      assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
      run.run().assertContains("<- " + greeting);
      run.run()
          .assertContains(
              "is not an FTP reply while waiting for the server's greeting: \""
                  + greeting
                  + "\". "
                  + diagnosis);
    }
  }

  /**
   * What a server sends is shown with its control characters as ?, as explain-log shows a log's: C1
   * controls (U+009B is CSI), the bidi controls and ESC sequences never reach the terminal.
   */
  @Test
  void controlCharactersInRepliesAreShownAsQuestionMarks() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send(
                  "220 Hi \u009b31m \u202eevil\u202c \u0085 \u001b]0;title\u0007 \u007f");
              connection.await("USER");
              connection.send("530 No \u2066entry\u2069");
              connection.await("QUIT");
              connection.send("221 Bye");
            })) {
      ProbeIT.Run run = ProbeIT.probe(fake.url("bob:pw@"), "--timeout", "5s");
      assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
      run.assertContains("<- 220 Hi ?31m ?evil? ? ?]0;title? ?");
      run.assertContains("<- 530 No ?entry?");
      Matcher control = CONTROL.matcher(run.out() + run.err());
      assertFalse(control.find(), () -> "a control character in:\n" + run.out() + run.err());
    }
  }

  /**
   * The replies RFC 959 §5.4 allows per command come from the spec's contexts, through the
   * generated type.
   */
  @Test
  void aReplyTheCommandDoesNotAllowIsNoted() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220 Ready");
              connection.await("USER");
              connection.send("331 Password please");
              connection.await("PASS");
              connection.send("230 Logged in");
              connection.await("SYST");
              connection.send("215 UNIX Type: L8");
              connection.await("PWD");
              connection.send("226 Odd, but here we are");
              connection.await("EPSV");
              connection.send("502 No EPSV");
              connection.await("PASV");
              connection.send("502 No PASV either");
              connection.await("QUIT");
              connection.send("221 Bye");
            })) {
      ProbeIT.Run run = ProbeIT.probe(fake.url("bob:pw@"), "--timeout", "5s");
      run.assertContains(
          "226 is not a reply RFC 959 allows for PWD (§5.4 allows 257, 421, 500, 501, 502, 550).");
      assertFalse(run.out().contains("215 is not a reply"), run.out());
      assertFalse(run.out().contains("230 is not a reply"), run.out());
    }
  }

  private static void loginAndAwaitPassive(FakeFtpServer.Connection connection) throws IOException {
    connection.send("220 Ready");
    connection.await("USER");
    connection.send("331 Password please");
    connection.await("PASS");
    connection.send("230 Logged in");
    connection.await("EPSV");
  }

  private static Timed probeTimed(String url) {
    long started = System.nanoTime();
    ProbeIT.Run run = ProbeIT.probe(url, "--timeout", LIMIT);
    return new Timed(run, (System.nanoTime() - started) / 1_000_000);
  }

  /** A run and how long it took. */
  private record Timed(ProbeIT.Run run, long millis) {
    int status() {
      return run.status();
    }

    String out() {
      return run.out();
    }

    void assertEndedInTime() {
      assertTrue(millis < LIMIT_MILLIS + MARGIN_MILLIS, "took " + millis + " ms:\n" + run.out());
      assertFalse(
          run.out().contains("\tat ") || run.err().contains("\tat "),
          "a stack trace:\n" + run.out() + run.err());
      assertTrue(run.err().isEmpty(), run.err());
    }

    void assertTimedOutAt(String step) {
      assertEndedInTime();
      assertTrue(millis >= LIMIT_MILLIS - 100, "gave up before the limit, after " + millis + " ms");
      assertEquals(ExitCode.CONNECTION_FAILED, run.status(), run.out());
      run.assertContains("! 10060 WSAETIMEDOUT at " + step);
    }
  }

  /**
   * A listening socket whose queue of pending connections is full, so that a further connection
   * attempt is neither accepted nor refused: the kernel drops its SYN, as a filtering firewall
   * would.
   */
  private static final class Backlog implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();

    private Backlog(ServerSocket server) {
      this.server = server;
    }

    static Backlog filled() throws IOException {
      Backlog backlog = new Backlog(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      for (int i = 0; i < 4; i++) {
        Socket filler = new Socket();
        try {
          filler.connect(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), backlog.port()), 200);
          backlog.fillers.add(filler);
        } catch (IOException queueFull) {
          filler.close();
          return backlog;
        }
      }
      return backlog;
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      for (Socket filler : fillers) {
        filler.close();
      }
      server.close();
    }
  }
}
