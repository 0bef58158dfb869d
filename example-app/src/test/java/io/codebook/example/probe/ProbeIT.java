package io.codebook.example.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctor;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.cli.ProbeCommand;
import io.codebook.example.ftp.Reply;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code probe} against a real server, Apache FtpServer running in this process, and against
 * scripted servers for what a real one does not do on demand. Loopback only.
 */
class ProbeIT {
  private static final String PASSWORD = "Corr3ct-Horse";

  @TempDir Path dir;

  private EmbeddedFtpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = EmbeddedFtpServer.start(settings());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static EmbeddedFtpServer.Settings settings() {
    return new EmbeddedFtpServer.Settings("demo", PASSWORD, 10, 0);
  }

  private String url(String userInfo, String path) {
    return "ftp://" + userInfo + "@127.0.0.1:" + server.port() + "/" + path;
  }

  @Test
  void aCleanSessionExitsWithZeroAndEveryReplyIsKnownToTheSpec() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FtpProbe.Result result =
        FtpProbe.run(
            server.demoTarget(),
            PASSWORD,
            Timeout.DEFAULT,
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(List.of(), result.problems(), bytes.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCode.OK, result.exitStatus());
    List<Integer> codes = result.replies().stream().map(Reply::code).toList();
    assertEquals(
        List.of(220, 331, 230, 215, 211, 257, 200, 229, 150, 226, 213, 229, 150, 226, 221), codes);
    for (Reply reply : result.replies()) {
      assertTrue(FtpReply.isKnown(reply.code()), () -> "not in the spec: " + reply.lines());
    }

    Run run = probe(url("demo:" + PASSWORD, EmbeddedFtpServer.DEMO_FILE));
    assertEquals(ExitCode.OK, run.status(), run.out());
    assertEquals("", run.err());
    run.assertContains("-> PASS ****");
    run.assertContains("= 230 USER_LOGGED_IN: User logged in, proceed.");
    // 257 is the reply to MKD and to PWD; the spec's message is MKD's.
    run.assertContains("= 257 PATHNAME_CREATED: \"PATHNAME\" is the current directory.");
    run.assertContains("-> RETR welcome.txt");
    run.assertContains(
        "The data connection carried "
            + EmbeddedFtpServer.DEMO_TEXT.getBytes(StandardCharsets.UTF_8).length
            + " bytes.");
    run.assertContains("Result: OK");
    run.assertContains("15 replies, every one listed in the FTP reply code set");
    run.assertNoPassword(PASSWORD);
  }

  @Test
  void aWrongPasswordIsDiagnosedAs530() {
    Run run = probe(url("demo:wrong-Pa55word", EmbeddedFtpServer.DEMO_FILE));
    assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
    run.assertContains("! 530 NOT_LOGGED_IN at PASS ****");
    run.assertContains("Diagnosis (PASS ****): The server refused the login");
    FtpReply.NOT_LOGGED_IN.solutions().forEach(run::assertContains);
    assertFalse(run.out().contains("-> SYST"), "the session stops after a refused login");
    run.assertContains("-> QUIT");
    run.assertNoPassword("wrong-Pa55word");
  }

  @Test
  void aMissingFileIsDiagnosedAs550() {
    Run run = probe(url("demo:" + PASSWORD, "no-such-file.txt"));
    assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
    run.assertContains("-> SIZE no-such-file.txt");
    run.assertContains("! 550 FILE_UNAVAILABLE at SIZE no-such-file.txt");
    run.assertContains("RETR is skipped: the file is not there.");
    run.assertContains(
        "Diagnosis (SIZE no-such-file.txt): 'no-such-file.txt' is not available to" + " SIZE");
    FtpReply.FILE_UNAVAILABLE.solutions().forEach(run::assertContains);
    run.assertContains("-> QUIT");
    run.assertContains("Result: 1 problem");
  }

  @Test
  void tooManyLoginsIsDiagnosedAs421WithItsSolutions() throws IOException {
    server.close();
    server = EmbeddedFtpServer.start(settings().withMaxLogins(1));
    try (Socket first = new Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
      first.setSoTimeout(10_000);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(first.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = first.getOutputStream();
      assertTrue(in.readLine().startsWith("220 "));
      out.write(("USER demo\r\nPASS " + PASSWORD + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertTrue(in.readLine().startsWith("331 "));
      assertTrue(in.readLine().startsWith("230 "), "the first connection holds the one login");

      Run run = probe(url("demo:" + PASSWORD, ""));
      assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
      // Apache FtpServer checks the limit at USER already.
      run.assertContains("<- 421 Maximum login limit has been reached.");
      run.assertContains("! 421 SERVICE_NOT_AVAILABLE at USER demo");
      run.assertContains(
          "Diagnosis (USER demo): The server is closing the connection. Most often it"
              + " limits the number of connections");
      List<String> solutions = FtpReply.SERVICE_NOT_AVAILABLE.solutions();
      assertFalse(solutions.isEmpty());
      for (int i = 0; i < solutions.size(); i++) {
        run.assertContains((i + 1) + ". " + solutions.get(i));
      }
      assertFalse(run.out().contains("-> QUIT"), "421 closes the connection; no QUIT after it");
    }
  }

  @Test
  void connectionRefusedOnAClosedPortIsDiagnosedAsWinsock10061() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Run run = probe("ftp://127.0.0.1:" + port + "/");
    assertEquals(ExitCode.CONNECTION_FAILED, run.status(), run.out());
    run.assertContains("! 10061 WSAECONNREFUSED at connecting to 127.0.0.1:" + port);
    run.assertContains("Diagnosis (connecting to 127.0.0.1:" + port + "): Connection refused");
    run.assertContains("10061 WSAECONNREFUSED (Winsock error): Connection refused.");
    WinsockError.WSAECONNREFUSED.solutions().forEach(run::assertContains);
  }

  @Test
  void aServerThatAcceptsButNeverAnswersTimesOutWithinTheLimit() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket accepted = silent.accept()) {
                  accepted.setKeepAlive(false);
                  Thread.sleep(30_000);
                } catch (IOException | InterruptedException e) {
                  // The test is over.
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      long started = System.nanoTime();
      Run run = probe("ftp://127.0.0.1:" + silent.getLocalPort() + "/", "--timeout", "1s");
      long millis = (System.nanoTime() - started) / 1_000_000;
      acceptor.interrupt();
      assertEquals(ExitCode.CONNECTION_FAILED, run.status(), run.out());
      assertTrue(millis < 10_000, "took " + millis + " ms");
      assertTrue(millis >= 900, "waited the limit, took " + millis + " ms");
      run.assertContains("Connected to 127.0.0.1:" + silent.getLocalPort());
      run.assertContains("! 10060 WSAETIMEDOUT at waiting for the server's greeting");
      run.assertContains("no answer within 1s");
      WinsockError.WSAETIMEDOUT.solutions().forEach(run::assertContains);
    }
  }

  @Test
  void aResetConnectionIsDiagnosedAsWinsock10054() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220 Ready");
              connection.await("USER");
              connection.socket().setSoLinger(true, 0);
              connection.socket().close();
            })) {
      Run run = probe(fake.url("bob:pw@"));
      assertEquals(ExitCode.CONNECTION_FAILED, run.status(), run.out());
      run.assertContains("10054 WSAECONNRESET (Winsock error)");
      run.assertContains("The connection was reset while waiting for the reply to USER bob");
      assertNull(fake.failure());
    }
  }

  @Test
  void aServerThatClosesWithoutAReplyIsDiagnosed() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220 Ready");
              connection.await("USER");
            })) {
      Run run = probe(fake.url("bob:pw@"));
      assertEquals(ExitCode.CONNECTION_FAILED, run.status(), run.out());
      run.assertContains(
          "The server closed the connection while waiting for the reply to USER bob,"
              + " without a reply.");
    }
  }

  @Test
  void withoutEpsvItFallsBackToPasvAndAcceptsAReplyClosedWithAnotherCode() throws Exception {
    try (ServerSocket data = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        FakeFtpServer fake =
            FakeFtpServer.start(
                connection -> {
                  connection.send("220-Old server", " with a banner", "220 Ready");
                  connection.await("USER");
                  connection.send("331 Password please");
                  connection.await("PASS");
                  connection.send("230-Welcome", " quota 10 MB", "250 Done");
                  connection.await("EPSV");
                  connection.send("502 EPSV not implemented");
                  connection.await("PASV");
                  int port = data.getLocalPort();
                  connection.send(
                      "227 Entering Passive Mode (10,0,0,1," + port / 256 + "," + port % 256 + ")");
                  connection.await("LIST");
                  try (Socket transfer = data.accept()) {
                    connection.send("150 Here it comes");
                    transfer
                        .getOutputStream()
                        .write("file-a\r\nfile-b\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  connection.send("226 Done");
                  connection.await("QUIT");
                  connection.send("221 Bye");
                })) {
      Run run = probe(fake.url("bob:pw@"), "--timeout", "5s");
      assertEquals(ExitCode.OK, run.status(), run.out());
      run.assertContains("= 220 SERVICE_READY");
      run.assertContains("= 230 USER_LOGGED_IN");
      run.assertContains("The last line carries 250, not 230");
      run.assertContains("EPSV (RFC 2428) failed; falling back to PASV.");
      run.assertContains(
          "The server names 10.0.0.1 for the data connection; ftp-doctor connects to"
              + " 127.0.0.1");
      run.assertContains("| file-a");
      run.assertContains("| file-b");
      run.assertContains("The data connection carried 16 bytes.");
      assertEquals(
          List.of(
              "USER bob",
              "PASS pw",
              "SYST",
              "FEAT",
              "PWD",
              "TYPE I",
              "EPSV",
              "PASV",
              "LIST",
              "QUIT"),
          fake.commands());
      assertNull(fake.failure());
    }
  }

  @Test
  void theUserDefaultsToAnonymous() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220 Ready");
              connection.await("USER");
              connection.send("530 This server does not allow anonymous logins");
              connection.await("QUIT");
              connection.send("221 Bye");
            })) {
      Run run = probe(fake.url(""));
      assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
      assertEquals(List.of("USER anonymous", "QUIT"), fake.commands());
      run.assertContains("Diagnosis (USER anonymous): The server refused the login");
    }
  }

  @Test
  void thePasswordCanComeFromAFileOrTheEnvironmentAndIsNeverShown() throws IOException {
    Path file = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\nsecond line\n");
    Run fromFile =
        probe(url("demo", EmbeddedFtpServer.DEMO_FILE), "--password-file", file.toString());
    assertEquals(ExitCode.OK, fromFile.status(), fromFile.out());
    fromFile.assertContains("(password: from " + file + ";");
    fromFile.assertNoPassword(PASSWORD);

    Run fromEnvironment =
        run(
            Map.of(ProbeCommand.PASSWORD_VARIABLE, PASSWORD),
            "probe",
            url("demo", EmbeddedFtpServer.DEMO_FILE));
    assertEquals(ExitCode.OK, fromEnvironment.status(), fromEnvironment.out());
    fromEnvironment.assertContains("(password: from FTP_DOCTOR_PASSWORD;");
    fromEnvironment.assertNoPassword(PASSWORD);

    Run injecting =
        run(
            Map.of(
                ProbeCommand.PASSWORD_VARIABLE,
                PASSWORD + "\r\nDELE " + EmbeddedFtpServer.DEMO_FILE),
            "probe",
            url("demo", EmbeddedFtpServer.DEMO_FILE));
    assertEquals(ExitCode.USAGE, injecting.status(), injecting.out());
    assertTrue(
        injecting
            .err()
            .contains("the password (from FTP_DOCTOR_PASSWORD) holds a control character"),
        injecting.err());
    injecting.assertNoPassword(PASSWORD);

    Run both = probe(url("demo:" + PASSWORD, ""), "--password-file", file.toString());
    assertEquals(ExitCode.USAGE, both.status());
    both.assertNoPassword(PASSWORD);

    Run missing = probe(url("demo", ""), "--password-file", dir.resolve("none").toString());
    assertEquals(ExitCode.IO_ERROR, missing.status());
    assertTrue(missing.err().contains("cannot read the password file"), missing.err());
  }

  @Test
  void aPasswordTheServerEchoesIsMaskedToo() throws Exception {
    try (FakeFtpServer fake =
        FakeFtpServer.start(
            connection -> {
              connection.send("220 Ready");
              connection.await("USER");
              connection.send("331 Password please");
              String pass = connection.await("PASS");
              connection.send("530 Wrong password: " + pass.substring(5));
              connection.await("QUIT");
              connection.send("221 Bye");
            })) {
      Run run = probe(fake.url("bob:Echo-Me-Not@"));
      assertEquals(ExitCode.PROBLEM_FOUND, run.status());
      run.assertContains("<- 530 Wrong password: ****");
      run.assertNoPassword("Echo-Me-Not");
    }
  }

  @Test
  void probeEmbeddedStartsAServerProbesItAndCleansUp() {
    Run run = run(Map.of(), "probe", "--embedded", "--timeout", "5s");
    assertEquals(ExitCode.OK, run.status(), run.out());
    assertEquals("", run.err());
    run.assertContains("Started an embedded Apache FtpServer on 127.0.0.1:");
    run.assertContains("-> USER demo");
    run.assertContains("-> PASS ****");
    run.assertContains("Result: OK");
    run.assertContains("Stopped the embedded server and deleted its home directory.");
    Matcher home = Pattern.compile("home\\s+(\\S+),\\s+user").matcher(run.out());
    assertTrue(home.find(), run.out());
    assertFalse(Files.exists(Path.of(home.group(1))), "the home directory is gone");

    Run byDefault = run(Map.of(), "probe");
    assertEquals(ExitCode.OK, byDefault.status(), byDefault.out());
    byDefault.assertContains("Started an embedded Apache FtpServer");
  }

  @Test
  void theEmbeddedServerGreetsAndDeletesItsHomeWhenClosed() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
      InputStream in = socket.getInputStream();
      assertEquals('2', in.read());
    }
    assertTrue(Files.isRegularFile(server.home().resolve(EmbeddedFtpServer.DEMO_FILE)));
    Path home = server.home();
    server.close();
    assertFalse(Files.exists(home));
    server = EmbeddedFtpServer.start(settings());
  }

  /** What one in-process run printed and returned. */
  record Run(int status, String out, String err) {
    void assertContains(String expected) {
      String flat = FtpDoctorTest.flat(out);
      assertTrue(
          flat.contains(FtpDoctorTest.flat(expected)),
          () -> "missing: " + expected + "\nin:\n" + out);
    }

    void assertNoPassword(String password) {
      assertFalse(out.contains(password), () -> "the password is in the output:\n" + out);
      assertFalse(err.contains(password), () -> "the password is in the errors:\n" + err);
    }
  }

  static Run probe(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "probe";
    System.arraycopy(args, 0, all, 1, args.length);
    return run(Map.of(), all);
  }

  private static Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(
            args,
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
