package io.codebook.example.probe;

import io.codebook.example.FtpReply;
import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.diagnose.DiagnosisText;
import io.codebook.example.explain.CodeExplainer;
import io.codebook.example.explain.Explanation;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.format.ControlCharacters;
import io.codebook.example.format.TextWrapper;
import io.codebook.example.ftp.Reply;
import java.io.PrintStream;
import java.net.InetSocketAddress;

/**
 * Everything the probe prints: the exchange as it happens ({@code ->} sent, {@code <-} received),
 * the meaning of each reply, notes, and at the end the result with a diagnosis of every problem.
 * Nothing the server sends is printed as it came: the password is masked, in case a server echoes
 * it, and control characters are replaced as {@link ControlCharacters} says.
 */
final class ProbeConsole {
  /** The lines of one reply that are printed; a banner longer than this is not read by anyone. */
  private static final int SHOWN_REPLY_LINES = 200;

  private static final int LISTING_LINES_SHOWN = 10;
  private static final String SENT = "-> ";
  private static final String RECEIVED = "<- ";
  private static final String NOTE = "   ";

  private final PrintStream out;
  private final String password;

  ProbeConsole(PrintStream out, String password) {
    this.out = out;
    this.password = password;
  }

  void connected(InetSocketAddress address) {
    out.println("Connected to " + address(address) + ".");
  }

  /** A command as sent, in the form that may be shown ({@code PASS ****}). */
  void sent(String shown) {
    out.println(SENT + ControlCharacters.replaced(shown));
  }

  /** One line of a reply, the {@code index}th; the lines of an endless reply stop at a limit. */
  void received(String line, int index) {
    if (index < SHOWN_REPLY_LINES) {
      out.println(RECEIVED + shown(line));
    } else if (index == SHOWN_REPLY_LINES) {
      out.println(RECEIVED + "... (the reply goes on; further lines are not shown)");
    }
  }

  /** One line of a directory listing, the {@code index}th; only the first few are shown. */
  void listed(String line, int index) {
    if (index < LISTING_LINES_SHOWN) {
      out.println(NOTE + "| " + shown(line));
    } else if (index == LISTING_LINES_SHOWN) {
      out.println(NOTE + "| ...");
    }
  }

  /**
   * What a reply's code means after the command it answers (257 after PWD names the current
   * directory), and whether its last line carries another code.
   *
   * @param verb the command's verb in upper case, or an empty string for the greeting
   */
  void annotate(Reply reply, String verb) {
    Explanation explanation = CodeExplainer.explain(reply.code());
    String summary =
        explanation instanceof ListedCode listed
            ? listed.code() + " " + listed.name() + ": " + DiagnosisText.message(listed, verb)
            : DiagnosisText.summary(explanation, verb);
    out.print(TextWrapper.wrap("= " + summary, NOTE, NOTE + "  "));
    if (reply.closedWithOtherCode()) {
      note(
          "The last line carries "
              + reply.closingCode()
              + ", not "
              + reply.code()
              + " (RFC 959 wants"
              + " the same code); accepted, as most clients do.");
    }
  }

  void note(String text) {
    out.print(TextWrapper.wrap(text, NOTE + "  ", NOTE + "  "));
  }

  /** Marks a problem where it happens; the diagnosis follows in the report. */
  void flag(Diagnosis diagnosis, String step) {
    String code =
        diagnosis
            .explanation()
            .map(
                explanation ->
                    explanation instanceof ListedCode listed
                        ? listed.code() + " " + listed.name()
                        : Integer.toString(explanation.code()))
            .orElse("a problem");
    out.print(
        TextWrapper.wrap(
            "! " + code + " at " + step + "; see the diagnosis below.", NOTE, NOTE + "  "));
  }

  /** The result line, and the diagnosis of every problem. */
  void report(FtpProbe.Result result, long millis) {
    out.println();
    long unlisted =
        result.replies().stream().filter(reply -> !FtpReply.isKnown(reply.code())).count();
    String replies =
        result.replies().size() + (result.replies().size() == 1 ? " reply" : " replies");
    String listed =
        result.replies().isEmpty()
            ? ""
            : unlisted == 0
                ? ", every one listed in the FTP reply code set"
                : ", " + unlisted + " of them not listed in the FTP reply code set";
    if (result.problems().isEmpty()) {
      out.println("Result: OK in " + millis + " ms; " + replies + listed + ".");
      return;
    }
    int count = result.problems().size();
    out.println(
        "Result: "
            + (count == 1 ? "1 problem" : count + " problems")
            + " in "
            + millis
            + " ms; "
            + replies
            + listed
            + ".");
    for (FtpProbe.Problem problem : result.problems()) {
      out.println();
      out.print(DiagnosisText.format(problem.diagnosis(), "Diagnosis (" + problem.step() + "):"));
    }
  }

  /**
   * A server's line as it may be shown: the password masked, then control characters replaced. In
   * this order, as a password that holds a control character would no longer be found once it is
   * replaced.
   */
  String shown(String text) {
    String masked = password.length() >= 4 ? text.replace(password, "****") : text;
    return ControlCharacters.replaced(masked);
  }

  /** An address as {@code host:port}, an IPv6 host in brackets. */
  static String address(InetSocketAddress address) {
    String host =
        address.getAddress() == null
            ? address.getHostString()
            : address.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
  }
}
