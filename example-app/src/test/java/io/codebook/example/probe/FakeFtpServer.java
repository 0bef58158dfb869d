package io.codebook.example.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server on a free loopback port that accepts one connection and follows a script, for the
 * behaviours no real server shows on demand: silence, a reset, lines that are not FTP, a reply
 * closed with another code, or no EPSV. It records the commands it receives.
 */
final class FakeFtpServer implements AutoCloseable {
  /** What the server does with the connection it accepts. */
  @FunctionalInterface
  interface Script {
    void run(Connection connection) throws IOException, InterruptedException;
  }

  /** The accepted connection, with helpers for the script. */
  final class Connection {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      this.out = socket.getOutputStream();
    }

    Socket socket() {
      return socket;
    }

    /** Sends lines, each ended with CR LF. */
    void send(String... lines) throws IOException {
      for (String line : lines) {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
    }

    /** Reads the next command, or null at the end of the stream. */
    String command() throws IOException {
      String line = in.readLine();
      if (line != null) {
        commands.add(line);
      }
      return line;
    }

    /** Reads commands until one with this verb, answering the others with 200. */
    String await(String verb) throws IOException {
      for (String line = command(); line != null; line = command()) {
        if (line.toUpperCase(java.util.Locale.ROOT).startsWith(verb)) {
          return line;
        }
        send("200 OK");
      }
      throw new IOException("the client closed the connection before " + verb);
    }
  }

  private final ServerSocket server;
  private final Thread thread;
  private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
  private volatile Throwable failure;

  private FakeFtpServer(Script script) throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    thread =
        new Thread(
            () -> {
              try (Socket socket = server.accept()) {
                script.run(new Connection(socket));
              } catch (IOException | InterruptedException | RuntimeException e) {
                if (!server.isClosed()) {
                  failure = e;
                }
              }
            },
            "fake-ftp-server");
    thread.setDaemon(true);
    thread.start();
  }

  static FakeFtpServer start(Script script) throws IOException {
    return new FakeFtpServer(script);
  }

  int port() {
    return server.getLocalPort();
  }

  String url(String userInfoAndPath) {
    int slash = userInfoAndPath.indexOf('/');
    String userInfo = slash < 0 ? userInfoAndPath : userInfoAndPath.substring(0, slash);
    String path = slash < 0 ? "" : userInfoAndPath.substring(slash);
    return "ftp://" + userInfo + "127.0.0.1:" + port() + (path.isEmpty() ? "/" : path);
  }

  List<String> commands() {
    synchronized (commands) {
      return List.copyOf(commands);
    }
  }

  Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws IOException {
    server.close();
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
