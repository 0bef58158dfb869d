package io.codebook.example.diagnose;

import io.codebook.example.WinsockError;
import io.codebook.example.WinsockErrorHandler;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.WinsockErrorExplainer;
import java.util.Optional;

/**
 * Diagnoses a network failure of the probe from its Winsock error, routed by the generated {@link
 * WinsockErrorHandler}: the failures an FTP client meets have methods of their own that say what
 * they mean for this connection; any other error falls back to its series.
 */
public final class NetworkDiagnosisHandler implements WinsockErrorHandler<Diagnosis> {
  private final String what;
  private final String timeout;

  /**
   * Creates a handler for one failure.
   *
   * @param what what failed, such as "connecting to 127.0.0.1:21" or "waiting for the reply to
   *     PASS", or an empty string if that is not known (in a transcript)
   * @param timeout the time limit as the user wrote it, such as "10s", or {@code null} if it is not
   *     known
   */
  public NetworkDiagnosisHandler(String what, String timeout) {
    this.what = what.isEmpty() ? "" : " while " + what;
    this.timeout = timeout == null ? "in time" : "within " + timeout;
  }

  /**
   * Diagnoses a Winsock error.
   *
   * @param code the Winsock error number
   * @param what what failed, or an empty string
   * @param timeout the time limit as the user wrote it, or {@code null}
   * @return the diagnosis
   */
  public static Diagnosis diagnose(int code, String what, String timeout) {
    return WinsockErrorHandler.dispatch(code, new NetworkDiagnosisHandler(what, timeout));
  }

  @Override
  public Diagnosis onWsaeconnrefused(WinsockError code) {
    return problem(
        code,
        "Connection refused"
            + what
            + ": nothing accepts connections on that"
            + " port. The server is not running, listens on another port, or a firewall rejects the"
            + " connection.");
  }

  @Override
  public Diagnosis onWsaetimedout(WinsockError code) {
    return problem(
        code,
        "Timed out"
            + what
            + ": no answer "
            + timeout
            + ". The host"
            + " or a firewall drops the packets, or the server accepted the connection but does not"
            + " answer.");
  }

  @Override
  public Diagnosis onWsaeconnreset(WinsockError code) {
    return problem(
        code,
        "The connection was reset"
            + what
            + ": the server, or a firewall or"
            + " router between, cut it off.");
  }

  @Override
  public Diagnosis onWsaeconnaborted(WinsockError code) {
    return problem(code, "The connection was aborted" + what + ".");
  }

  @Override
  public Diagnosis onWsahostNotFound(WinsockError code) {
    return problem(
        code,
        "The host name is not found"
            + what
            + ": it is misspelt, or DNS"
            + " cannot resolve it from here.");
  }

  @Override
  public Diagnosis onWsaehostunreach(WinsockError code) {
    return problem(code, "No route to the host" + what + ".");
  }

  @Override
  public Diagnosis onWsaenetunreach(WinsockError code) {
    return problem(code, "The network is unreachable" + what + ".");
  }

  @Override
  public Diagnosis onSocket(int code) {
    return unlisted(code, "A socket error" + what + ".");
  }

  @Override
  public Diagnosis otherwise(int code) {
    return unlisted(code, "A network error" + what + ".");
  }

  private static Diagnosis unlisted(int code, String headline) {
    return new Diagnosis(
        true,
        headline,
        Optional.of(WinsockErrorHandler.dispatch(code, WinsockErrorExplainer.INSTANCE)));
  }

  private static Diagnosis problem(WinsockError code, String headline) {
    return new Diagnosis(true, headline, Optional.of(ListedCode.of(code)));
  }
}
