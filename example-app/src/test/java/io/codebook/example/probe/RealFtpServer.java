package io.codebook.example.probe;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;

/**
 * A real FTP server (vsftpd, ProFTPD, Pure-FTPd, pyftpdlib or inetutils ftpd) on a free loopback
 * port, started by {@code scripts/ftp-servers/start.sh} in the foreground; {@link #close()} sends
 * the script SIGTERM, on which it stops the server's whole process group and locks the account
 * again.
 *
 * <p>It never installs anything: where the script says the server cannot run here (no root, no
 * unpacked packages, not Linux), the test is aborted with that reason, which is also printed.
 */
final class RealFtpServer implements AutoCloseable {
  /**
   * How long the script may take to say ready: it waits at most 60 s while another run (a second
   * build on this machine) holds the account, and 15 s for the port.
   */
  private static final long START_SECONDS = 90;

  private static final long STOP_SECONDS = 20;

  private final String name;
  private final int port;
  private final Process process;
  private final Map<String, String> facts;
  private final StringBuilder errors;

  private RealFtpServer(
      String name, int port, Process process, Map<String, String> facts, StringBuilder errors) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.facts = facts;
    this.errors = errors;
  }

  /**
   * Starts the server and returns once its port accepts connections.
   *
   * @param name the server, as start.sh names it
   * @param root the FTP root, readable by {@code user}
   * @param user the system account to set up
   * @param password its password, handed to the script on stdin, not on its command line
   */
  static RealFtpServer start(String name, Path root, String user, String password)
      throws IOException, InterruptedException {
    assumeLinux(name);
    Path script = script();
    Path bash = Path.of("/bin/bash");
    if (!Files.isExecutable(bash)) {
      skip(name, "/bin/bash is missing");
    }
    int port = freePort();
    Process process =
        new ProcessBuilder(
                bash.toString(),
                script.toString(),
                name,
                Integer.toString(port),
                root.toString(),
                user,
                "-")
            .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder errors = new StringBuilder();
    drain(
        process.getErrorStream(),
        line -> {
          synchronized (errors) {
            errors.append(line).append('\n');
          }
        });
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    drain(process.getInputStream(), lines::add);

    Map<String, String> facts = new HashMap<>();
    RealFtpServer server = new RealFtpServer(name, port, process, facts, errors);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (!facts.containsKey("ready")) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          facts.put(line.substring(0, equals), line.substring(equals + 1));
        }
      } else if (!process.isAlive() && lines.isEmpty()) {
        break;
      } else if (System.nanoTime() > deadline) {
        break;
      }
    }
    if (facts.containsKey("unavailable")) {
      server.close();
      String why = facts.get("unavailable");
      skip(name, why.startsWith(name + ": ") ? why.substring(name.length() + 2) : why);
    }
    if (!facts.containsKey("ready")) {
      server.close();
      fail(
          name
              + " did not start within "
              + START_SECONDS
              + " s: "
              + facts
              + "\n"
              + server.errors());
    }
    // The script has seen the port accept; this checks it from here as well.
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    } catch (IOException e) {
      server.close();
      fail(name + " said ready but 127.0.0.1:" + port + " does not accept: " + e);
    }
    return server;
  }

  /** The servers are Debian 12 packages, and the test's FTP root is a POSIX directory. */
  static void assumeLinux(String name) {
    if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
      skip(name, "the real servers run on Linux only (Debian 12 packages)");
    }
  }

  /** The script, relative to the module (where failsafe runs) or to the repository. */
  private static Path script() {
    for (String candidate :
        new String[] {"scripts/ftp-servers/start.sh", "example-app/scripts/ftp-servers/start.sh"}) {
      Path path = Path.of(candidate).toAbsolutePath();
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    throw new IllegalStateException(
        "scripts/ftp-servers/start.sh not found from " + Path.of("").toAbsolutePath());
  }

  private static void skip(String name, String why) {
    String message = "SKIPPED " + name + ": " + why;
    System.out.println("[RealServerProbeIT] " + message);
    Assumptions.abort(message);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void drain(InputStream stream, Consumer<String> sink) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                // The process is gone; what it wrote is kept.
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** The script's {@code version=}: the program's own words, then the Debian version. */
  String version() {
    return facts.getOrDefault("version", "?");
  }

  /** {@code yes}, or {@code no: why}, as the script said. */
  String anonymous() {
    return facts.getOrDefault("anonymous", "no: the script did not say");
  }

  /** What the script wrote to stderr so far (the server's output if it failed). */
  String errors() {
    synchronized (errors) {
      return errors.toString();
    }
  }

  /** Stops the script, which stops the server; forcibly if it does not end in time. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        fail(name + ": start.sh did not stop within " + STOP_SECONDS + " s after SIGTERM");
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while stopping " + name, e));
    }
  }
}
