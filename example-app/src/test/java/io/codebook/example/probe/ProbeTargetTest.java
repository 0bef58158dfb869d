package io.codebook.example.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.UsageException;
import io.codebook.example.WinsockError;
import io.codebook.example.WinsockErrorCodes;
import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.diagnose.DiagnosisHandler;
import io.codebook.example.diagnose.NetworkDiagnosisHandler;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.UnknownCode;
import io.codebook.example.ftp.SocketErrors;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The probe's small parts: URLs, time limits, the Winsock mapping and the diagnosis routing. */
class ProbeTargetTest {
  @Test
  void aUrlGivesHostPortUserPasswordAndPath() throws UsageException {
    assertEquals(
        new ProbeTarget("ftp.example.com", 2121, "bob", Optional.of("pw"), "dir/file.txt"),
        ProbeTarget.parse("ftp://bob:pw@ftp.example.com:2121/dir/file.txt"));
    assertEquals(
        new ProbeTarget("ftp.example.com", 21, "anonymous", Optional.empty(), ""),
        ProbeTarget.parse("FTP://ftp.example.com"));
    assertEquals(
        new ProbeTarget("::1", 2121, "anonymous", Optional.empty(), "pub/"),
        ProbeTarget.parse("ftp://[::1]:2121/pub/"));
    assertEquals(
        new ProbeTarget("h", 21, "a@b", Optional.of("p:w/d@+%"), "file name.txt"),
        ProbeTarget.parse("ftp://a%40b:p%3Aw%2Fd%40+%25@h/file%20name.txt;type=i"));
    assertEquals(
        new ProbeTarget("h", 21, "bob", Optional.of("p@ss"), ""),
        ProbeTarget.parse("ftp://bob:p@ss@h/"),
        "the last @ ends the user part");
    assertEquals(
        new ProbeTarget("h", 21, "anonymous", Optional.of(""), ""), ProbeTarget.parse("ftp://:@h"));
    assertEquals(
        new ProbeTarget("h", 21, "\u00e9", Optional.empty(), "\u4e2d"),
        ProbeTarget.parse("ftp://%C3%A9@h/%E4%B8%AD"));
  }

  @Test
  void aPathIsAFileUnlessItEndsWithASlash() throws UsageException {
    assertTrue(ProbeTarget.parse("ftp://h/a.txt").hasFile());
    assertFalse(ProbeTarget.parse("ftp://h/pub/").hasFile());
    assertFalse(ProbeTarget.parse("ftp://h/").hasFile());
    assertFalse(ProbeTarget.parse("ftp://h").hasFile());
  }

  @Test
  void thePasswordIsNeverShown() throws UsageException {
    ProbeTarget target = ProbeTarget.parse("ftp://bob:Secret99@h:21/x");
    assertEquals("ftp://bob@h:21/x", target.display());
    assertEquals(target.display(), target.toString());
    assertEquals("ftp://anonymous@[::1]:21/", ProbeTarget.parse("ftp://[::1]").display());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://bob:Secret99@h/",
        "ftps://bob:Secret99@h/",
        "sftp://bob:Secret99@h/",
        "bob:Secret99@h",
        "ftp://bob:Secret99@/",
        "ftp://bob:Secret99@h:0/",
        "ftp://bob:Secret99@h:65536/",
        "ftp://bob:Secret99@h:x/",
        "ftp://bob:Secret99%@h/",
        "ftp://bob:Secret99@[::1/",
        "ftp://bob:Secret99@[::1]x/"
      })
  void aBadUrlIsAUsageErrorThatDoesNotRepeatIt(String url) {
    UsageException e = assertThrows(UsageException.class, () -> ProbeTarget.parse(url));
    assertFalse(e.getMessage().contains("Secret99"), e.getMessage());
  }

  /** Only the scheme is repeated: the rest of the URL may hold a user name and password. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://bob:Secret99@h/     | only ftp:// URLs are supported; got http://...",
        "HTTPS://bob:Secret99@h/    | only ftp:// URLs are supported; got https://...",
        "ftps://bob:Secret99@h/     | only ftp:// URLs are supported; got ftps://...: ftp-doctor"
            + " speaks plain FTP, not FTPS or SFTP",
        "sftp://bob:Secret99@h/     | only ftp:// URLs are supported; got sftp://...: ftp-doctor"
            + " speaks plain FTP, not FTPS or SFTP",
        "bob:Secret99@h             | give a URL such as ftp://user@host:21/path, or --embedded"
      })
  void aUrlOfAnotherSchemeIsNamedByItsSchemeAlone(String url, String message) {
    UsageException e = assertThrows(UsageException.class, () -> ProbeTarget.parse(url));
    assertEquals(message, e.getMessage());
  }

  /**
   * A control character in a part of the URL would be printed (user, host and path are shown) and
   * sent, where a CR LF would end the command and start another one: {@code SIZE a} then {@code
   * DELE b}.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://bob:Secret99@h/a%0d%0aDELE%20b  | the path",
        "ftp://bob:Secret99@h/a%1b[2J          | the path",
        "ftp://bob:Secret99@h/a%C2%9Bb         | the path",
        "ftp://bob:Secret99@h/%E2%80%AEgnp.exe | the path",
        "ftp://b%0Aob:Secret99@h/              | the user name",
        "ftp://bob:Secret%0D%0A99@h/           | the password",
        "ftp://bob:Secret99@h\u001b[2J/        | the host"
      })
  void aControlCharacterInAnyPartOfTheUrlIsRefused(String url, String part) {
    UsageException e = assertThrows(UsageException.class, () -> ProbeTarget.parse(url));
    assertEquals(
        part + " in the URL holds a control character, which ftp-doctor neither prints nor sends",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "1s, 1000, 1s",
    "500ms, 500, 500ms",
    "2m, 120000, 2m",
    "10, 10000, 10s",
    "' 3S ', 3000, 3s",
    "60m, 3600000, 60m"
  })
  void timeLimitsHaveAnOptionalUnit(String text, long millis, String shown) throws UsageException {
    Timeout timeout = Timeout.parse(text);
    assertEquals(Duration.ofMillis(millis), timeout.duration());
    assertEquals(millis, timeout.millis());
    assertEquals(shown, timeout.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "0ms", "61m", "3601s", "1h", "-1s", "1.5s", "soon", "99999999s"})
  void otherTimeLimitsAreUsageErrors(String text) {
    assertThrows(UsageException.class, () -> Timeout.parse(text));
  }

  static Stream<Arguments> networkFailures() {
    return Stream.of(
        Arguments.of(new ConnectException("Connection refused"), WinsockErrorCodes.WSAECONNREFUSED),
        Arguments.of(
            new ConnectException("Connection refused: connect"), WinsockErrorCodes.WSAECONNREFUSED),
        Arguments.of(new ConnectException("Connection timed out"), WinsockErrorCodes.WSAETIMEDOUT),
        Arguments.of(
            new ConnectException("Network is unreachable"), WinsockErrorCodes.WSAENETUNREACH),
        Arguments.of(new SocketTimeoutException("Read timed out"), WinsockErrorCodes.WSAETIMEDOUT),
        Arguments.of(
            new SocketTimeoutException("Connect timed out"), WinsockErrorCodes.WSAETIMEDOUT),
        Arguments.of(new SocketException("Connection reset"), WinsockErrorCodes.WSAECONNRESET),
        Arguments.of(
            new SocketException("Connection reset by peer"), WinsockErrorCodes.WSAECONNRESET),
        Arguments.of(new SocketException("Broken pipe"), WinsockErrorCodes.WSAECONNRESET),
        Arguments.of(
            new SocketException("Software caused connection abort"),
            WinsockErrorCodes.WSAECONNABORTED),
        Arguments.of(
            new UnknownHostException("nowhere.invalid"), WinsockErrorCodes.WSAHOST_NOT_FOUND),
        Arguments.of(
            new NoRouteToHostException("No route to host"), WinsockErrorCodes.WSAEHOSTUNREACH));
  }

  @ParameterizedTest
  @MethodSource("networkFailures")
  void networkFailuresMapToTheirWinsockErrors(IOException failure, int code) {
    assertEquals(OptionalInt.of(code), SocketErrors.winsockCode(failure));
    assertTrue(WinsockError.isKnown(code));
  }

  @Test
  void otherFailuresHaveNoWinsockError() {
    assertEquals(OptionalInt.empty(), SocketErrors.winsockCode(new IOException("disk full")));
    assertEquals(
        OptionalInt.empty(), SocketErrors.winsockCode(new SocketException("Socket closed")));
  }

  @Test
  void theDiagnosisDependsOnTheCommandTheReplyAnswers() {
    Diagnosis login = DiagnosisHandler.diagnose(530, "PASS ****");
    assertTrue(login.problem());
    assertTrue(login.headline().startsWith("The server refused the login"), login.headline());
    Diagnosis list = DiagnosisHandler.diagnose(530, "LIST");
    assertTrue(list.headline().contains("a successful login before LIST"), list.headline());
    assertEquals(Optional.of(530), list.code());

    Diagnosis missing = DiagnosisHandler.diagnose(550, "RETR a.txt");
    assertTrue(
        missing.headline().startsWith("'a.txt' is not available to RETR"), missing.headline());
    assertEquals(ListedCode.of(FtpReply.FILE_UNAVAILABLE), missing.explanation().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({
    "150, false",
    "220, false",
    "299, false",
    "331, false",
    "421, true",
    "425, true",
    "499, true",
    "502, true",
    "554, true",
    "599, true",
    "631, false",
    "0, true",
    "999, true"
  })
  void everyNumberIsRoutedToADiagnosis(int code, boolean problem) {
    Diagnosis diagnosis = DiagnosisHandler.diagnose(code, "NOOP");
    assertEquals(problem, diagnosis.problem(), diagnosis::toString);
    assertEquals(Optional.of(code), diagnosis.code());
    if (problem) {
      assertFalse(diagnosis.headline().isEmpty());
    }
  }

  @Test
  void winsockErrorsAreDiagnosedThroughTheirHandler() {
    Diagnosis refused = NetworkDiagnosisHandler.diagnose(10061, "connecting to h:21", "5s");
    assertTrue(refused.headline().startsWith("Connection refused while connecting to h:21"));
    Diagnosis timedOut = NetworkDiagnosisHandler.diagnose(10060, "", null);
    assertTrue(
        timedOut.headline().startsWith("Timed out: no answer in time."), timedOut.headline());
    Diagnosis unlisted = NetworkDiagnosisHandler.diagnose(10099, "x", "1s");
    assertTrue(unlisted.problem());
    assertTrue(unlisted.explanation().orElseThrow() instanceof UnknownCode);
  }
}
