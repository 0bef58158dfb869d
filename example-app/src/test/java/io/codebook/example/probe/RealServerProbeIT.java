package io.codebook.example.probe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code probe} against the real FTP servers Debian 12 packages, each on a free port of 127.0.0.1:
 * a good session, a wrong password, a missing file and anonymous. The servers are started by {@code
 * scripts/ftp-servers/start.sh}; CI runs {@code prepare.sh} beforehand. A server that cannot run
 * here (no root, packages not unpacked, not Linux) is skipped with the reason, printed.
 */
class RealServerProbeIT {
  private static final String USER = "ftpfixture";
  private static final String FILE = "welcome.txt";
  private static final String MISSING = "no-such-file.txt";

  /** Every byte value, so a transfer in ASCII type instead of TYPE I would change the size. */
  private static final byte[] CONTENT = content(2048);

  /** The probe's limit per step; a session that waits it out fails the time check below. */
  private static final String TIMEOUT = "5s";

  private static final long QUICK_MILLIS = 4_000;

  /**
   * The limit for the wrong password: servers delay a refusal on purpose, Pure-FTPd by 3 s plus a
   * random part of up to 3 s, vsftpd and pyftpdlib by about 3 s.
   */
  private static final String LOGIN_TIMEOUT = "10s";

  /** These three have anonymous in their configuration whatever accounts the machine has. */
  private static final Set<String> ANONYMOUS_ALWAYS = Set.of("vsftpd", "proftpd", "pyftpdlib");

  private static final Pattern RESULT_OK =
      Pattern.compile(
          "Result: OK in \\d+ ms; (\\d+) replies, every one listed in the FTP reply code set");

  /** Greeting, USER, PASS, SYST, FEAT, PWD, TYPE I, EPSV, LIST (2), SIZE, EPSV, RETR (2), QUIT. */
  private static final List<Integer> CLEAN_SESSION =
      List.of(220, 331, 230, 215, 211, 257, 200, 229, 150, 226, 213, 229, 150, 226, 221);

  private static final Pattern ANNOTATION = Pattern.compile("^   = (\\d{3}) ");

  // A plain temp dir is mode 700, which the server's login user could not enter; secrets only.
  @TempDir(cleanup = CleanupMode.ALWAYS)
  Path secrets;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"vsftpd", "proftpd", "pure-ftpd", "pyftpdlib", "inetutils-ftpd"})
  void theProbeDiagnosesWhatARealServerDoes(String name) throws Exception {
    RealFtpServer.assumeLinux(name);
    String password = "pw-" + randomHex();
    String wrong = "pw-" + randomHex();
    Path good = Files.writeString(secrets.resolve("good"), password + "\n");
    Path bad = Files.writeString(secrets.resolve("wrong"), wrong + "\n");
    Path root = ftpRoot();
    int port;
    try {
      try (RealFtpServer server = RealFtpServer.start(name, root, USER, password)) {
        port = server.port();
        log(
            name
                + ": "
                + server.version()
                + " on 127.0.0.1:"
                + port
                + "; anonymous: "
                + server.anonymous());
        String base = "ftp://" + USER + "@127.0.0.1:" + port + "/";
        assertAll(
            name,
            () -> good(name, base, good, password, wrong),
            () -> wrongPassword(name, base, bad, password, wrong),
            () -> missingFile(name, base, good, password),
            () -> anonymous(server, password));
        assertFalse(server.errors().contains(password), "start.sh printed the password");
      }
      assertRefused(name, port);
    } finally {
      Files.deleteIfExists(root.resolve(FILE));
      Files.deleteIfExists(root);
    }
  }

  private static void good(String name, String base, Path passwordFile, String... secrets) {
    Timed timed =
        probe(name, "good", TIMEOUT, base + FILE, "--password-file", passwordFile.toString());
    ProbeIT.Run run = timed.run();
    assertEquals(ExitCode.OK, run.status(), run.out());
    run.assertContains("-> PASS ****");
    run.assertContains("-> TYPE I");
    run.assertContains("-> LIST");
    run.assertContains("<- 213 " + CONTENT.length);
    run.assertContains("-> RETR " + FILE);
    run.assertContains("The data connection carried " + CONTENT.length + " bytes.");
    assertEquals(CLEAN_SESSION, sequence(run), run.out());
    everyReplyParsed(run);
    quick(timed);
    for (String secret : secrets) {
      run.assertNoPassword(secret);
    }
  }

  private static void wrongPassword(
      String name, String base, Path passwordFile, String... secrets) {
    Timed timed =
        probe(
            name,
            "wrong password",
            LOGIN_TIMEOUT,
            base + FILE,
            "--password-file",
            passwordFile.toString());
    ProbeIT.Run run = timed.run();
    assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
    run.assertContains("! 530 NOT_LOGGED_IN at PASS ****");
    assertTrue(diagnosis(run).contains("530 NOT_LOGGED_IN (FTP reply)"), run.out());
    // Every server here answers the QUIT after the refusal.
    assertEquals(List.of(220, 331, 530, 221), codes(run), run.out());
    assertFalse(run.out().contains("-> SYST"), "the session stops after a refused login");
    for (String secret : secrets) {
      run.assertNoPassword(secret);
    }
  }

  private static void missingFile(String name, String base, Path passwordFile, String secret) {
    Timed timed =
        probe(
            name,
            "missing file",
            TIMEOUT,
            base + MISSING,
            "--password-file",
            passwordFile.toString());
    ProbeIT.Run run = timed.run();
    assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.out());
    // SIZE answers 550 on every server here; RETR is then skipped.
    run.assertContains("! 550 FILE_UNAVAILABLE at SIZE " + MISSING);
    assertTrue(diagnosis(run).contains("550 FILE_UNAVAILABLE (FTP reply)"), run.out());
    run.assertContains("Result: 1 problem");
    assertEquals(
        List.of(220, 331, 230, 215, 211, 257, 200, 229, 150, 226, 550, 221),
        sequence(run),
        run.out());
    quick(timed);
    run.assertNoPassword(secret);
  }

  private static void anonymous(RealFtpServer server, String secret) {
    if (!server.anonymous().equals("yes")) {
      assertFalse(
          ANONYMOUS_ALWAYS.contains(server.name()),
          server.name() + " has anonymous configured, but start.sh says " + server.anonymous());
      log("SKIPPED " + server.name() + " anonymous: " + server.anonymous());
      return;
    }
    Timed timed =
        probe(server.name(), "anonymous", TIMEOUT, "ftp://127.0.0.1:" + server.port() + "/" + FILE);
    ProbeIT.Run run = timed.run();
    assertEquals(ExitCode.OK, run.status(), run.out());
    run.assertContains("-> USER anonymous");
    run.assertContains("The data connection carried " + CONTENT.length + " bytes.");
    List<Integer> expected = new ArrayList<>(CLEAN_SESSION);
    if (server.name().equals("pure-ftpd")) {
      // Pure-FTPd logs anonymous in at USER already: 230, no 331 and no PASS.
      expected.remove(Integer.valueOf(331));
      run.assertContains("Logged in without a password.");
    }
    assertEquals(expected, sequence(run), run.out());
    everyReplyParsed(run);
    quick(timed);
    run.assertNoPassword(secret);
  }

  /** The reply codes of the session, in order, from the probe's "= code NAME" lines. */
  private static List<Integer> codes(ProbeIT.Run run) {
    return run.out()
        .lines()
        .map(ANNOTATION::matcher)
        .filter(Matcher::find)
        .map(found -> Integer.parseInt(found.group(1)))
        .toList();
  }

  /**
   * The codes with 125 (data connection already open) read as 150 (about to open it): both let the
   * transfer go ahead, and which one pyftpdlib sends depends on whether it accepted the data
   * connection before the command arrived.
   */
  private static List<Integer> sequence(ProbeIT.Run run) {
    return codes(run).stream().map(code -> code == 125 ? 150 : code).toList();
  }

  /** Each reply is annotated once ("= code NAME"): their count must be the result's count. */
  private static void everyReplyParsed(ProbeIT.Run run) {
    Matcher result = RESULT_OK.matcher(FtpDoctorTest.flat(run.out()));
    assertTrue(result.find(), () -> "no clean result line:\n" + run.out());
    assertEquals(Integer.parseInt(result.group(1)), codes(run).size(), run.out());
  }

  /** ProFTPD sends 226 only once the data connection is closed; waiting for it would take 5 s. */
  private static void quick(Timed timed) {
    assertTrue(
        timed.millis() < QUICK_MILLIS,
        () ->
            "took "
                + timed.millis()
                + " ms, near the "
                + TIMEOUT
                + " limit:\n"
                + timed.run().out());
  }

  private static String diagnosis(ProbeIT.Run run) {
    int at = run.out().indexOf("\nDiagnosis (");
    return at < 0 ? "" : run.out().substring(at);
  }

  private record Timed(ProbeIT.Run run, long millis) {}

  private static Timed probe(
      String server, String scenario, String timeout, String url, String... options) {
    String[] args = new String[options.length + 3];
    args[0] = url;
    args[1] = "--timeout";
    args[2] = timeout;
    System.arraycopy(options, 0, args, 3, options.length);
    long started = System.nanoTime();
    ProbeIT.Run run = ProbeIT.probe(args);
    long millis = (System.nanoTime() - started) / 1_000_000;
    log(
        server
            + " "
            + scenario
            + ": exit "
            + run.status()
            + " in "
            + millis
            + " ms; replies "
            + codes(run));
    return new Timed(run, millis);
  }

  /** The server is stopped: its port refuses. */
  private static void assertRefused(String name, int port) {
    assertThrows(
        ConnectException.class,
        () -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
          }
        },
        name + " still accepts on " + port + " after it was stopped");
  }

  /** Under /tmp, world-readable: the servers serve it as the fixture account, not as root. */
  private static Path ftpRoot() throws IOException {
    Path root = Files.createTempDirectory(Path.of("/tmp"), "real-server-probe-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = Files.write(root.resolve(FILE), CONTENT);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    return root;
  }

  private static byte[] content(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static String randomHex() {
    byte[] bytes = new byte[8];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void log(String line) {
    System.out.println("[RealServerProbeIT] " + line);
  }
}
