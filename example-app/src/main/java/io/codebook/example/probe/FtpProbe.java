package io.codebook.example.probe;

import io.codebook.example.FtpReply;
import io.codebook.example.FtpReplyCodes;
import io.codebook.example.FtpReplyHandler;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.diagnose.DiagnosisHandler;
import io.codebook.example.diagnose.DiagnosisText;
import io.codebook.example.diagnose.NetworkDiagnosisHandler;
import io.codebook.example.explain.CodeExplainer;
import io.codebook.example.explain.Explanation;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.format.TextWrapper;
import io.codebook.example.ftp.LineReader;
import io.codebook.example.ftp.Reply;
import io.codebook.example.ftp.ReplyAssembler;
import io.codebook.example.ftp.ReplySequence;
import io.codebook.example.ftp.SocketErrors;
import io.codebook.example.transcript.TranscriptParser;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a scripted FTP session against a server and diagnoses what goes wrong: the greeting, USER and
 * PASS, SYST, FEAT, PWD, TYPE I, EPSV (falling back to PASV), LIST, SIZE and RETR of the URL's file if
 * it names one, and QUIT. Every line sent and received is printed, passwords masked, and every reply
 * with its typed code from the generated {@link FtpReply}.
 *
 * <p><b>Why a socket and not Apache Commons Net.</b> The probe speaks RFC 959 itself, over a plain
 * {@link Socket}, instead of using Commons Net's {@code FTPClient}, for three reasons. First, a
 * diagnosis needs the raw exchange: every reply line as the server sent it, including multi-line replies
 * whose last line carries another code, which {@code FTPClient} quietly accepts and folds into one
 * string, and lines that are not FTP at all (an SSH or HTTP server on the port), which it turns into an
 * exception. Reading the lines itself, the probe shows them and parses them with the same
 * {@link ReplyAssembler} that {@code explain-log} uses for transcripts, so both commands read replies
 * alike. Second, the probe must tell a refused connection from a reset, a timeout from an unknown
 * host, and the control connection from the data connection, to name the right Winsock error; with its
 * own sockets it sees each failure where it happens, with the connect and read time limits it set.
 * Third, the exchange is the point of the example: the generated {@link FtpReply},
 * {@link FtpReplyCodes} and {@link FtpReplyHandler} meet a real server's replies here, not a library's
 * interpretation of them. The cost is small, as the session needs only passive mode and no TLS, and it
 * keeps ftp-doctor's jar free of one more dependency.
 *
 * <p>The probe opens only the connections the URL and the server's passive-mode replies name, and
 * stops at the first failure that ends the session: a network error, a reply that is not FTP, a
 * refused login, or 421. Failures of single steps (a missing file, a data connection that cannot be
 * opened) are recorded and the session goes on to QUIT.
 */
public final class FtpProbe {
  /**
   * A step that went wrong.
   *
   * @param step the step, such as {@code PASS ****} or "connecting to 127.0.0.1:21"
   * @param diagnosis the diagnosis
   * @param network whether the network failed, rather than the server answering with an error
   */
  public record Problem(String step, Diagnosis diagnosis, boolean network) {}

  /**
   * What the probe found.
   *
   * @param replies every reply received, in order
   * @param problems what went wrong, in order; empty for a clean session
   */
  public record Result(List<Reply> replies, List<Problem> problems) {
    /**
     * Copies the lists.
     *
     * @param replies the replies
     * @param problems the problems
     */
    public Result {
      replies = List.copyOf(replies);
      problems = List.copyOf(problems);
    }

    /**
     * The exit status of {@code probe}.
     *
     * @return {@link ExitCode#OK} for a clean session, {@link ExitCode#CONNECTION_FAILED} if the
     *     network failed, else {@link ExitCode#PROBLEM_FOUND}
     */
    public int exitStatus() {
      if (problems.isEmpty()) {
        return ExitCode.OK;
      }
      return problems.stream().anyMatch(Problem::network)
          ? ExitCode.CONNECTION_FAILED : ExitCode.PROBLEM_FOUND;
    }
  }

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
  private static final int MAX_REPLY_LINES = 10_000;
  /** The lines of one reply that are printed; a banner longer than this is not read by anyone. */
  private static final int SHOWN_REPLY_LINES = 200;
  private static final int LISTING_LINES_SHOWN = 10;
  private static final String SENT = "-> ";
  private static final String RECEIVED = "<- ";
  private static final String NOTE = "   ";

  private final ProbeTarget target;
  private final String password;
  private final Timeout timeout;
  private final PrintStream out;
  private final List<Reply> replies = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final StepTimer timer;
  private Socket control;
  private LineReader reader;
  private OutputStream writer;
  private String step = "";
  private int lastCode;

  private FtpProbe(ProbeTarget target, String password, Timeout timeout, PrintStream out) {
    this.target = target;
    this.password = password;
    this.timeout = timeout;
    this.out = out;
    this.timer = new StepTimer(timeout);
  }

  /**
   * Runs the session, printing it as it goes, and then the result and a diagnosis of every problem.
   *
   * @param target where to connect, and the file to fetch
   * @param password the password to send after {@code USER}; never printed
   * @param timeout the limit of each step: connecting, a reply, or the data of a transfer, each in
   *     wall-clock time however the server sends it
   * @param out where the session is printed
   * @return what the probe found
   */
  public static Result run(ProbeTarget target, String password, Timeout timeout, PrintStream out) {
    FtpProbe probe = new FtpProbe(target, password, timeout, out);
    long started = System.nanoTime();
    try {
      probe.session();
    } finally {
      probe.timer.close();
    }
    Result result = new Result(probe.replies, probe.problems);
    probe.report(result, (System.nanoTime() - started) / 1_000_000);
    return result;
  }

  private void session() {
    try {
      connect();
      if (greeting() && login()) {
        simple("SYST");
        simple("FEAT");
        simple("PWD");
        if (!simple("TYPE I")) {
          note("The file is fetched in the server's default type instead.");
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
      Diagnosis diagnosis = Diagnosis.withoutCode("The server closed the connection while " + step
          + ", without a reply. Servers do this when they limit connections or block an address"
          + " (after failed logins, say), and firewalls that cut connections do it too.");
      flag(diagnosis, step);
      problems.add(new Problem(step, diagnosis, true));
    } catch (ProtocolException e) {
      Diagnosis diagnosis = Diagnosis.withoutCode("The server sent something that is not an FTP"
          + " reply while " + step + ": " + TranscriptParser.excerpt(shown(e.getMessage()))
          + ". Is this port an FTP server? (SSH, for SFTP, usually listens on 22, HTTP on 80.)");
      flag(diagnosis, step);
      problems.add(new Problem(step, diagnosis, false));
    } catch (IOException e) {
      problems.add(networkProblem(step, e));
    } finally {
      closeQuietly(control);
    }
  }

  private void connect() throws IOException {
    InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
    step = "looking up " + target.host();
    if (address.isUnresolved()) {
      throw new UnknownHostException(target.host());
    }
    step = "connecting to " + show(address);
    control = open(address);
    out.println("Connected to " + show(address) + ".");
    reader = new LineReader(new BufferedInputStream(control.getInputStream()));
    writer = control.getOutputStream();
  }

  private Socket open(InetSocketAddress address) throws IOException {
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

  private boolean greeting() throws IOException, Stop {
    step = "waiting for the server's greeting";
    Reply reply = read();
    annotate(reply);
    checkSequence(FtpReply.Context.CONNECTION.name(), reply);
    for (int waits = 0; reply.code() == FtpReplyCodes.SERVICE_READY_IN_MINUTES && waits < 3; waits++) {
      reply = read();
      annotate(reply);
    }
    return expect(reply, "the greeting", FtpReplyCodes.SERVICE_READY);
  }

  private boolean login() throws IOException, Stop {
    Reply user = command("USER " + target.user(), "USER " + target.user());
    if (user.code() == FtpReplyCodes.USER_LOGGED_IN) {
      note("Logged in without a password.");
      return true;
    }
    if (!expect(user, "USER " + target.user(), FtpReplyCodes.USER_NAME_OKAY_NEED_PASSWORD)) {
      return false;
    }
    Reply pass = command("PASS " + password, "PASS ****");
    return expect(pass, "PASS ****", FtpReplyCodes.USER_LOGGED_IN,
        FtpReplyCodes.COMMAND_SUPERFLUOUS);
  }

  /** A command whose failure is recorded but does not end the session. */
  private boolean simple(String command) throws IOException, Stop {
    Reply reply = command(command, command);
    if (FtpReply.Series.lookup(reply.code()).filter(FtpReply.Series.POSITIVE_PRELIMINARY::equals)
        .isPresent()) {
      reply = read();
      annotate(reply);
    }
    if (reply.code() >= 200 && reply.code() <= 299) {
      return true;
    }
    if (command.equals("SYST") || command.equals("FEAT") || command.equals("PWD")) {
      note("The server does not answer " + command + "; clients manage without it.");
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
    if (size.code() == FtpReplyCodes.FILE_STATUS) {
      try {
        expected = OptionalLong.of(Long.parseLong(size.text().strip()));
      } catch (NumberFormatException e) {
        note("The size in the reply is not a number.");
      }
    } else if (size.code() == FtpReplyCodes.FILE_UNAVAILABLE) {
      problem("SIZE " + path, size);
      note("RETR is skipped: the file is not there.");
      return;
    } else if (size.code() >= 500 && size.code() <= 504) {
      note("The server does not support SIZE (RFC 3659); RETR will tell.");
    } else {
      problem("SIZE " + path, size);
    }
    Optional<InetSocketAddress> data = passive();
    if (data.isEmpty()) {
      return;
    }
    OptionalLong received = transfer("RETR " + path, data.get(), false);
    if (received.isPresent() && expected.isPresent()
        && received.getAsLong() != expected.getAsLong()) {
      note("SIZE said " + expected.getAsLong() + " bytes, but " + received.getAsLong()
          + " arrived.");
    }
  }

  /** EPSV, or PASV if the server does not take EPSV: the address to open the data connection to. */
  private Optional<InetSocketAddress> passive() throws IOException, Stop {
    InetAddress host = control.getInetAddress();
    Reply epsv = command("EPSV", "EPSV");
    if (epsv.code() == FtpReplyCodes.ENTERING_EXTENDED_PASSIVE_MODE) {
      Matcher port = EPSV_PORT.matcher(epsv.text());
      if (port.find() && validPort(port.group(2))) {
        return Optional.of(new InetSocketAddress(host, Integer.parseInt(port.group(2))));
      }
      note("The EPSV reply has no port in the form (|||port|); trying PASV.");
    } else {
      note("EPSV (RFC 2428) failed; falling back to PASV.");
    }
    Reply pasv = command("PASV", "PASV");
    if (pasv.code() != FtpReplyCodes.ENTERING_PASSIVE_MODE) {
      problem("PASV", pasv);
      return Optional.empty();
    }
    Matcher address = PASV_ADDRESS.matcher(pasv.text());
    if (!address.find()) {
      problems.add(new Problem("PASV", Diagnosis.withoutCode("The PASV reply has no address in the"
          + " form h1,h2,h3,h4,p1,p2, so no data connection can be opened."), false));
      return Optional.empty();
    }
    int port = Integer.parseInt(address.group(5)) * 256 + Integer.parseInt(address.group(6));
    String given = address.group(1) + "." + address.group(2) + "." + address.group(3) + "."
        + address.group(4);
    if (!given.equals(host.getHostAddress())) {
      note("The server names " + given + " for the data connection; ftp-doctor connects to "
          + host.getHostAddress() + ", the control connection's address, as most clients do.");
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
    step = "opening the data connection to " + show(address);
    Socket data;
    try {
      data = open(address);
    } catch (IOException e) {
      problems.add(networkProblem(step, e));
      step = previous;
      return OptionalLong.empty();
    }
    long bytes;
    IOException dataFailure = null;
    // The data connection is closed before the completion reply is read, in RFC 959's order: some
    // servers (ProFTPD) send 226 only once the client has closed it.
    try (Socket connection = data) {
      Reply first = command(command, command);
      int series = first.code() / 100;
      if (series == 2) {
        return OptionalLong.of(0);
      }
      if (series != 1) {
        problem(command, first);
        return OptionalLong.empty();
      }
      step = "reading the data of " + command;
      try (StepTimer.Timed timed = timer.start(connection, step)) {
        try {
          bytes = readData(connection.getInputStream(), showData);
        } catch (IOException e) {
          bytes = -1;
          dataFailure = timed.check(e);
        }
      }
    }
    if (dataFailure != null) {
      problems.add(networkProblem(step, dataFailure));
    } else {
      note("The data connection carried " + bytes + (bytes == 1 ? " byte." : " bytes."));
    }
    step = "waiting for the end of " + command;
    Reply last = read();
    annotate(last);
    checkSequence(verb(command), last);
    if (dataFailure != null) {
      return OptionalLong.empty();
    }
    if (last.code() / 100 != 2) {
      problem(command, last);
      return OptionalLong.empty();
    }
    return OptionalLong.of(bytes);
  }

  private long readData(InputStream in, boolean showLines) throws IOException {
    CountingStream counter = new CountingStream(in);
    if (!showLines) {
      counter.transferTo(OutputStream.nullOutputStream());
      return counter.count;
    }
    LineReader lines = new LineReader(new BufferedInputStream(counter));
    int shown = 0;
    for (LineReader.Line line = lines.readLine(); line != null; line = lines.readLine()) {
      if (shown < LISTING_LINES_SHOWN) {
        out.println(NOTE + "| " + shown(line.text()));
      } else if (shown == LISTING_LINES_SHOWN) {
        out.println(NOTE + "| ...");
      }
      shown++;
    }
    return counter.count;
  }

  private void quit() throws IOException, Stop {
    step = "waiting for the reply to QUIT";
    Reply reply = command("QUIT", "QUIT");
    if (reply.code() != FtpReplyCodes.SERVICE_CLOSING_CONTROL_CONNECTION) {
      note("QUIT is normally answered with 221.");
    }
  }

  /** After a failed login: says goodbye, but a failure to do so is no news. */
  private void politeQuit() {
    try {
      send("QUIT", "QUIT");
      control.setSoTimeout(Math.min(timeout.millis(), 2000));
      annotate(read());
    } catch (IOException e) {
      note("No reply to QUIT.");
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
    Diagnosis diagnosis = DiagnosisHandler.diagnose(reply.code(), what.equals("the greeting") ? "" : what);
    problems.add(new Problem(what, diagnosis, false));
    flag(diagnosis, what);
  }

  private Problem networkProblem(String what, IOException e) {
    OptionalInt code = SocketErrors.winsockCode(e);
    Diagnosis diagnosis = code.isPresent()
        ? NetworkDiagnosisHandler.diagnose(code.getAsInt(), what, timeout.text())
        : Diagnosis.withoutCode("A network error while " + what + ": " + e.getMessage());
    flag(diagnosis, what);
    return new Problem(what, diagnosis, true);
  }

  /** Marks a problem where it happens; the diagnosis follows at the end. */
  private void flag(Diagnosis diagnosis, String what) {
    String code = diagnosis.explanation()
        .map(explanation -> explanation instanceof ListedCode listed
            ? listed.code() + " " + listed.name() : Integer.toString(explanation.code()))
        .orElse("a problem");
    out.print(TextWrapper.wrap("! " + code + " at " + what + "; see the diagnosis below.", NOTE,
        NOTE + "  "));
  }

  /** Sends a command and reads its reply; a 421 ends the session. */
  private Reply command(String command, String shown) throws IOException, Stop {
    step = "sending " + shown;
    send(command, shown);
    step = "waiting for the reply to " + shown;
    Reply reply = read();
    annotate(reply);
    checkSequence(verb(command), reply);
    if (reply.code() == FtpReplyCodes.SERVICE_NOT_AVAILABLE) {
      problem(shown, reply);
      throw new Stop();
    }
    return reply;
  }

  private void send(String command, String shown) throws IOException {
    out.println(SENT + shown);
    writer.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
    writer.flush();
  }

  /** Reads one reply, within the step's time however the server sends it. */
  private Reply read() throws IOException {
    try (StepTimer.Timed timed = timer.start(control, step)) {
      try {
        return readReply();
      } catch (IOException e) {
        throw timed.check(e);
      }
    }
  }

  private Reply readReply() throws IOException {
    ReplyAssembler assembler = new ReplyAssembler();
    for (int lines = 0; lines < MAX_REPLY_LINES; lines++) {
      LineReader.Line line = reader.readLine();
      if (line == null) {
        throw new EOFException("the server closed the connection");
      }
      if (lines < SHOWN_REPLY_LINES) {
        out.println(RECEIVED + shown(line.text()));
      } else if (lines == SHOWN_REPLY_LINES) {
        out.println(RECEIVED + "... (the reply goes on; further lines are not shown)");
      }
      ReplyAssembler.Step step = assembler.accept(line.text());
      if (step instanceof ReplyAssembler.Complete complete) {
        replies.add(complete.reply());
        lastCode = complete.reply().code();
        return complete.reply();
      }
      if (step instanceof ReplyAssembler.NotAReply) {
        throw new ProtocolException(line.text());
      }
    }
    throw new ProtocolException("a multi-line reply of more than " + MAX_REPLY_LINES + " lines");
  }

  private void annotate(Reply reply) {
    Explanation explanation = CodeExplainer.explain(reply.code());
    String summary = explanation instanceof ListedCode listed
        ? listed.code() + " " + listed.name() + ": " + listed.message()
        : DiagnosisText.summary(explanation);
    out.print(TextWrapper.wrap("= " + summary, NOTE, NOTE + "  "));
    if (reply.closedWithOtherCode()) {
      note("The last line carries " + reply.closingCode() + ", not " + reply.code() + " (RFC 959 wants"
          + " the same code); accepted, as most clients do.");
    }
  }

  /**
   * Notes a reply that RFC 959 §5.4 does not allow for the command, from the contexts the spec
   * declares. Not a failure: clients cope, but it explains surprises. Protected replies (6yz) may
   * wrap any reply, so they are not checked.
   */
  private void checkSequence(String verb, Reply reply) {
    ReplySequence.note(verb, reply.code()).ifPresent(this::note);
  }

  private static String verb(String command) {
    int space = command.indexOf(' ');
    return (space < 0 ? command : command.substring(0, space)).toUpperCase(java.util.Locale.ROOT);
  }

  private void note(String text) {
    out.print(TextWrapper.wrap(text, NOTE + "  ", NOTE + "  "));
  }

  private void report(Result result, long millis) {
    out.println();
    long unlisted = result.replies().stream().filter(reply -> !FtpReply.isKnown(reply.code())).count();
    String replies = result.replies().size() + (result.replies().size() == 1 ? " reply" : " replies");
    String listed = result.replies().isEmpty() ? ""
        : unlisted == 0 ? ", every one listed in the FTP reply code set"
        : ", " + unlisted + " of them not listed in the FTP reply code set";
    if (result.problems().isEmpty()) {
      out.println("Result: OK in " + millis + " ms; " + replies + listed + ".");
      return;
    }
    int count = result.problems().size();
    out.println("Result: " + (count == 1 ? "1 problem" : count + " problems") + " in " + millis
        + " ms; " + replies + listed + ".");
    for (Problem problem : result.problems()) {
      out.println();
      out.print(DiagnosisText.format(problem.diagnosis(), "Diagnosis (" + problem.step() + "):"));
    }
  }

  /** A server's line as it may be shown: control characters replaced, the password masked. */
  private String shown(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      shown.append(c < 0x20 && c != '\t' || c == 0x7f ? '?' : c);
    }
    String result = shown.toString();
    return password.length() >= 4 ? result.replace(password, "****") : result;
  }

  private static String show(InetSocketAddress address) {
    String host = address.getAddress() == null ? address.getHostString()
        : address.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
  }

  private static boolean validPort(String text) {
    int port = Integer.parseInt(text);
    return port > 0 && port <= 65535;
  }

  private static void closeQuietly(Socket socket) {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // Nothing to do: the session is over.
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
