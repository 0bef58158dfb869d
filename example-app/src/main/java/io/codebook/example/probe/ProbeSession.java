package io.codebook.example.probe;

import io.codebook.example.FtpReply;
import io.codebook.example.FtpReplyCodes;
import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.diagnose.DiagnosisHandler;
import io.codebook.example.diagnose.NetworkDiagnosisHandler;
import io.codebook.example.ftp.Excerpt;
import io.codebook.example.ftp.Reply;
import io.codebook.example.ftp.ReplySequence;
import io.codebook.example.ftp.SocketErrors;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a probe and what to make of each reply: which step may fail without ending the
 * session, when to fall back from EPSV to PASV, and which failure names which diagnosis. The
 * exchange itself goes over a {@link ControlConnection}, and every line of it, every note and flag,
 * to the {@link ProbeConsole}.
 */
final class ProbeSession {
  /** Ends the session early; the reason is recorded as a problem already. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final Pattern EPSV_PORT = Pattern.compile("\\((.)\\1\\1(\\d{1,5})\\1\\)");
  private static final Pattern PASV_ADDRESS =
      Pattern.compile("(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3})");

  /** How long a reply to QUIT after a failed login is waited for: it is a courtesy only. */
  private static final int POLITE_QUIT_MILLIS = 2000;

  private final ProbeTarget target;
  private final String password;
  private final Timeout timeout;
  private final ProbeConsole console;
  private final List<Reply> replies = new ArrayList<>();
  private final List<FtpProbe.Problem> problems = new ArrayList<>();
  private ControlConnection connection;

  /** The step under way, for the diagnosis of a failure. */
  private String step = "";

  private int lastCode;

  ProbeSession(ProbeTarget target, String password, Timeout timeout, ProbeConsole console) {
    this.target = target;
    this.password = password;
    this.timeout = timeout;
    this.console = console;
  }

  /** Runs the session to its end or its first fatal failure. */
  FtpProbe.Result run() {
    try {
      connect();
      if (greeting() && login()) {
        simple("SYST");
        simple("FEAT");
        simple("PWD");
        if (!simple("TYPE I")) {
          console.note("The file is fetched in the server's default type instead.");
        }
        list();
        if (target.hasFile()) {
          fetch();
        }
        quit();
      } else if (lastCode != FtpReplyCodes.SERVICE_NOT_AVAILABLE) {
        politeQuit();
      }
    } catch (Stop stop) {
      // Recorded where it happened.
    } catch (EOFException e) {
      Diagnosis diagnosis =
          Diagnosis.withoutCode(
              "The server closed the connection while "
                  + step
                  + ", without a reply. Servers do this when they limit connections or block an address"
                  + " (after failed logins, say), and firewalls that cut connections do it too.");
      console.flag(diagnosis, step);
      problems.add(new FtpProbe.Problem(step, diagnosis, true));
    } catch (ProtocolException e) {
      String received = console.shown(e.getMessage());
      Diagnosis diagnosis =
          Diagnosis.withoutCode(
              "The server sent something that is not an FTP"
                  + " reply while "
                  + step
                  + ": "
                  + Excerpt.quoted(received)
                  + ". "
                  + OtherProtocol.of(received)
                      .map(protocol -> "It looks like " + protocol.description() + ".")
                      .orElse(
                          "Is this port an FTP server? (SSH, for SFTP, usually listens on 22,"
                              + " HTTP on 80.)"));
      console.flag(diagnosis, step);
      problems.add(new FtpProbe.Problem(step, diagnosis, false));
    } catch (IOException e) {
      problems.add(networkProblem(step, e));
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
    return new FtpProbe.Result(replies, problems);
  }

  private void connect() throws IOException {
    InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
    step = "looking up " + target.host();
    if (address.isUnresolved()) {
      throw new UnknownHostException(target.host());
    }
    step = "connecting to " + ProbeConsole.address(address);
    connection = ControlConnection.open(address, timeout);
    console.connected(address);
  }

  private boolean greeting() throws IOException, Stop {
    step = "waiting for the server's greeting";
    Reply reply = read();
    console.annotate(reply, "");
    checkSequence(FtpReply.Context.CONNECTION.name(), reply);
    for (int waits = 0;
        reply.code() == FtpReplyCodes.SERVICE_READY_IN_MINUTES && waits < 3;
        waits++) {
      reply = read();
      console.annotate(reply, "");
    }
    return expect(reply, "the greeting", FtpReplyCodes.SERVICE_READY);
  }

  private boolean login() throws IOException, Stop {
    Reply user = command("USER " + target.user(), "USER " + target.user());
    if (user.code() == FtpReplyCodes.USER_LOGGED_IN) {
      console.note("Logged in without a password.");
      return true;
    }
    if (!expect(user, "USER " + target.user(), FtpReplyCodes.USER_NAME_OKAY_NEED_PASSWORD)) {
      return false;
    }
    Reply pass = command("PASS " + password, "PASS ****");
    return expect(
        pass, "PASS ****", FtpReplyCodes.USER_LOGGED_IN, FtpReplyCodes.COMMAND_SUPERFLUOUS);
  }

  /** A command whose failure is recorded but does not end the session. */
  private boolean simple(String command) throws IOException, Stop {
    Reply reply = command(command, command);
    if (FtpReply.Series.POSITIVE_PRELIMINARY.contains(reply.code())) {
      reply = read();
      console.annotate(reply, verb(command));
    }
    if (FtpReply.Series.POSITIVE_COMPLETION.contains(reply.code())) {
      return true;
    }
    if (command.equals("SYST") || command.equals("FEAT") || command.equals("PWD")) {
      console.note("The server does not answer " + command + "; clients manage without it.");
      return false;
    }
    problem(command, reply);
    return false;
  }

  private void list() throws IOException, Stop {
    String command = target.path().endsWith("/") ? "LIST " + target.path() : "LIST";
    Optional<InetSocketAddress> data = passive();
    if (data.isPresent()) {
      transfer(command, data.get(), true);
    }
  }

  private void fetch() throws IOException, Stop {
    String path = target.path();
    Reply size = command("SIZE " + path, "SIZE " + path);
    OptionalLong expected = OptionalLong.empty();
    switch (size.code()) {
      case FtpReplyCodes.FILE_STATUS -> {
        try {
          expected = OptionalLong.of(Long.parseLong(size.text().strip()));
        } catch (NumberFormatException e) {
          console.note("The size in the reply is not a number.");
        }
      }
      case FtpReplyCodes.FILE_UNAVAILABLE -> {
        problem("SIZE " + path, size);
        console.note("RETR is skipped: the file is not there.");
        return;
      }
      case FtpReplyCodes.SYNTAX_ERROR_COMMAND_UNRECOGNIZED,
          FtpReplyCodes.SYNTAX_ERROR_IN_ARGUMENTS,
          FtpReplyCodes.COMMAND_NOT_IMPLEMENTED,
          FtpReplyCodes.BAD_SEQUENCE_OF_COMMANDS,
          FtpReplyCodes.COMMAND_NOT_IMPLEMENTED_FOR_PARAMETER ->
          console.note("The server does not support SIZE (RFC 3659); RETR will tell.");
      default -> problem("SIZE " + path, size);
    }
    Optional<InetSocketAddress> data = passive();
    if (data.isEmpty()) {
      return;
    }
    OptionalLong received = transfer("RETR " + path, data.get(), false);
    if (received.isPresent()
        && expected.isPresent()
        && received.getAsLong() != expected.getAsLong()) {
      console.note(
          "SIZE said "
              + expected.getAsLong()
              + " bytes, but "
              + received.getAsLong()
              + " arrived.");
    }
  }

  /** EPSV, or PASV if the server does not take EPSV: the address to open the data connection to. */
  private Optional<InetSocketAddress> passive() throws IOException, Stop {
    InetAddress host = connection.serverAddress();
    Reply epsv = command("EPSV", "EPSV");
    if (epsv.code() == FtpReplyCodes.ENTERING_EXTENDED_PASSIVE_MODE) {
      Matcher port = EPSV_PORT.matcher(epsv.text());
      if (port.find() && validPort(port.group(2))) {
        return Optional.of(new InetSocketAddress(host, Integer.parseInt(port.group(2))));
      }
      console.note("The EPSV reply has no port in the form (|||port|); trying PASV.");
    } else {
      console.note("EPSV (RFC 2428) failed; falling back to PASV.");
    }
    Reply pasv = command("PASV", "PASV");
    if (pasv.code() != FtpReplyCodes.ENTERING_PASSIVE_MODE) {
      problem("PASV", pasv);
      return Optional.empty();
    }
    Matcher address = PASV_ADDRESS.matcher(pasv.text());
    if (!address.find()) {
      problems.add(
          new FtpProbe.Problem(
              "PASV",
              Diagnosis.withoutCode(
                  "The PASV reply has no address"
                      + " in the form h1,h2,h3,h4,p1,p2, so no data connection can be opened."),
              false));
      return Optional.empty();
    }
    int port = Integer.parseInt(address.group(5)) * 256 + Integer.parseInt(address.group(6));
    String given =
        address.group(1) + "." + address.group(2) + "." + address.group(3) + "." + address.group(4);
    if (!given.equals(host.getHostAddress())) {
      console.note(
          "The server names "
              + given
              + " for the data connection; ftp-doctor connects to "
              + host.getHostAddress()
              + ", the control connection's address, as most clients do.");
    }
    return Optional.of(new InetSocketAddress(host, port));
  }

  /**
   * Sends a command that uses the data connection and reads the data.
   *
   * @return the bytes received, or empty if the transfer failed
   */
  private OptionalLong transfer(String command, InetSocketAddress address, boolean showData)
      throws IOException, Stop {
    String previous = step;
    step = "opening the data connection to " + ProbeConsole.address(address);
    Socket data;
    try {
      data = ControlConnection.connect(address, timeout);
    } catch (IOException e) {
      problems.add(networkProblem(step, e));
      step = previous;
      return OptionalLong.empty();
    }
    long bytes;
    IOException dataFailure = null;
    // The data connection is closed before the completion reply is read, in RFC 959's order: some
    // servers (ProFTPD) send 226 only once the client has closed it.
    try (Socket connected = data) {
      Reply first = command(command, command);
      if (FtpReply.Series.POSITIVE_COMPLETION.contains(first.code())) {
        return OptionalLong.of(0);
      }
      if (!FtpReply.Series.POSITIVE_PRELIMINARY.contains(first.code())) {
        problem(command, first);
        return OptionalLong.empty();
      }
      step = "reading the data of " + command;
      try {
        bytes = connection.readData(connected, step, showData ? console::listed : null);
      } catch (IOException e) {
        bytes = -1;
        dataFailure = e;
      }
    }
    if (dataFailure != null) {
      problems.add(networkProblem(step, dataFailure));
    } else {
      console.note("The data connection carried " + bytes + (bytes == 1 ? " byte." : " bytes."));
    }
    step = "waiting for the end of " + command;
    Reply last = read();
    console.annotate(last, verb(command));
    checkSequence(verb(command), last);
    if (dataFailure != null) {
      return OptionalLong.empty();
    }
    if (!FtpReply.Series.POSITIVE_COMPLETION.contains(last.code())) {
      problem(command, last);
      return OptionalLong.empty();
    }
    return OptionalLong.of(bytes);
  }

  private void quit() throws IOException, Stop {
    step = "waiting for the reply to QUIT";
    Reply reply = command("QUIT", "QUIT");
    if (reply.code() != FtpReplyCodes.SERVICE_CLOSING_CONTROL_CONNECTION) {
      console.note("QUIT is normally answered with 221.");
    }
  }

  /** After a failed login: says goodbye, but a failure to do so is no news. */
  private void politeQuit() {
    try {
      send("QUIT", "QUIT");
      connection.waitAtMost(POLITE_QUIT_MILLIS);
      console.annotate(read(), "QUIT");
    } catch (IOException e) {
      console.note("No reply to QUIT.");
    }
  }

  /** Checks a reply of a step the session cannot go on without. */
  private boolean expect(Reply reply, String what, int... wanted) {
    for (int code : wanted) {
      if (reply.code() == code) {
        return true;
      }
    }
    problem(what, reply);
    return false;
  }

  private void problem(String what, Reply reply) {
    Diagnosis diagnosis =
        DiagnosisHandler.diagnose(reply.code(), what.equals("the greeting") ? "" : what);
    problems.add(new FtpProbe.Problem(what, diagnosis, false));
    console.flag(diagnosis, what);
  }

  private FtpProbe.Problem networkProblem(String what, IOException e) {
    OptionalInt code = SocketErrors.winsockCode(e);
    Diagnosis diagnosis =
        code.isPresent()
            ? NetworkDiagnosisHandler.diagnose(code.getAsInt(), what, timeout.text())
            : Diagnosis.withoutCode("A network error while " + what + ": " + e.getMessage());
    console.flag(diagnosis, what);
    return new FtpProbe.Problem(what, diagnosis, true);
  }

  /** Sends a command and reads its reply; a 421 ends the session. */
  private Reply command(String command, String shown) throws IOException, Stop {
    step = "sending " + shown;
    send(command, shown);
    step = "waiting for the reply to " + shown;
    Reply reply = read();
    console.annotate(reply, verb(command));
    checkSequence(verb(command), reply);
    if (reply.code() == FtpReplyCodes.SERVICE_NOT_AVAILABLE) {
      problem(shown, reply);
      throw new Stop();
    }
    return reply;
  }

  private void send(String command, String shown) throws IOException {
    console.sent(shown);
    connection.send(command);
  }

  private Reply read() throws IOException {
    Reply reply = connection.read(step, console::received);
    replies.add(reply);
    lastCode = reply.code();
    return reply;
  }

  /**
   * Notes a reply that RFC 959 §5.4 does not allow for the command, from the contexts the spec
   * declares. Not a failure: clients cope, but it explains surprises. Protected replies (6yz) may
   * wrap any reply, so they are not checked.
   */
  private void checkSequence(String verb, Reply reply) {
    ReplySequence.note(verb, reply.code()).ifPresent(console::note);
  }

  private static String verb(String command) {
    int space = command.indexOf(' ');
    return (space < 0 ? command : command.substring(0, space)).toUpperCase(Locale.ROOT);
  }

  private static boolean validPort(String text) {
    int port = Integer.parseInt(text);
    return port > 0 && port <= 65535;
  }
}
