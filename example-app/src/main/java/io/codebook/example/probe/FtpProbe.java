package io.codebook.example.probe;

import io.codebook.example.FtpReply;
import io.codebook.example.FtpReplyCodes;
import io.codebook.example.FtpReplyHandler;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.ftp.Reply;
import io.codebook.example.ftp.ReplyAssembler;
import java.io.PrintStream;
import java.net.Socket;
import java.util.List;

/**
 * Runs a scripted FTP session against a server and diagnoses what goes wrong: the greeting, USER
 * and PASS, SYST, FEAT, PWD, TYPE I, EPSV (falling back to PASV), LIST, SIZE and RETR of the URL's
 * file if it names one, and QUIT. Every line sent and received is printed, passwords masked, and
 * every reply with its typed code from the generated {@link FtpReply}.
 *
 * <p><b>Why a socket and not Apache Commons Net.</b> The probe speaks RFC 959 itself, over a plain
 * {@link Socket}, instead of using Commons Net's {@code FTPClient}, for three reasons. First, a
 * diagnosis needs the raw exchange: every reply line as the server sent it, including multi-line
 * replies whose last line carries another code, which {@code FTPClient} quietly accepts and folds
 * into one string, and lines that are not FTP at all (an SSH or HTTP server on the port), which it
 * turns into an exception. Reading the lines itself, the probe shows them and parses them with the
 * same {@link ReplyAssembler} that {@code explain-log} uses for transcripts, so both commands read
 * replies alike. Second, the probe must tell a refused connection from a reset, a timeout from an
 * unknown host, and the control connection from the data connection, to name the right Winsock
 * error; with its own sockets it sees each failure where it happens, with the connect and read time
 * limits it set. Third, the exchange is the point of the example: the generated {@link FtpReply},
 * {@link FtpReplyCodes} and {@link FtpReplyHandler} meet a real server's replies here, not a
 * library's interpretation of them. The cost is small, as the session needs only passive mode and
 * no TLS, and it keeps ftp-doctor's jar free of one more dependency.
 *
 * <p>The probe opens only the connections the URL and the server's passive-mode replies name, and
 * stops at the first failure that ends the session: a network error, a reply that is not FTP, a
 * refused login, or 421. Failures of single steps (a missing file, a data connection that cannot be
 * opened) are recorded and the session goes on to QUIT.
 *
 * <p>{@link ProbeSession} takes the steps and decides what each reply means for the session, {@link
 * ControlConnection} carries the exchange within the time limits, and {@link ProbeConsole} prints
 * it and the report.
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
          ? ExitCode.CONNECTION_FAILED
          : ExitCode.PROBLEM_FOUND;
    }
  }

  private FtpProbe() {}

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
    ProbeConsole console = new ProbeConsole(out, password);
    long started = System.nanoTime();
    Result result = new ProbeSession(target, password, timeout, console).run();
    console.report(result, (System.nanoTime() - started) / 1_000_000);
    return result;
  }
}
