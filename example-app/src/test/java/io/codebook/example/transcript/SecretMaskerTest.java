package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SecretMasker}, one line shape at a time. Each case states the whole masked line, so it
 * checks both that the secret is gone and that everything around it is kept.
 */
class SecretMaskerTest {
  static Stream<Arguments> secrets() {
    return Stream.of(
        // PASS and ACCT in the label styles LogLine reads, and repeated by a server.
        masked("Command: PASS hunter2", "Command: PASS ****"),
        masked(
            "2024-05-01 12:00:01 4712 1 Command: PASS two words",
            "2024-05-01 12:00:01 4712 1 Command: PASS ****"),
        masked("[12:01:10] COMMAND:> PASS s3cr3t!pw", "[12:01:10] COMMAND:> PASS ****"),
        masked("-> pass lower-case", "-> pass ****"),
        masked("> 2024-05-01 12:00:00.123 PASS x", "> 2024-05-01 12:00:00.123 PASS ****"),
        masked("[C] ACCT billing-42", "[C] ACCT ****"),
        masked("PASS  leading space", "PASS ****"),
        masked("PASS\u00a0after a no-break space", "PASS\u00a0****"),
        // A control character that a terminal shows as nothing, before the verb or after it.
        masked("\u000fPASS after screen's colour reset", "\u000fPASS ****"),
        masked("Command:\u0007 PASS after a bell", "Command:\u0007 PASS ****"),
        masked("\u202ePASS after a bidi control", "\u202ePASS ****"),
        masked("PASS\u0001before the password", "PASS\u0001****"),
        masked(
            "500 'PASS tiger': command not understood.",
            "500 'PASS ****': command not understood."),
        masked("500 Unknown command: PASS tiger", "500 Unknown command: PASS ****"),
        // Python ftplib: level 1 shows stars as long as the password, level 2 may show it raw.
        masked("*cmd* 'PASS ************'", "*cmd* 'PASS ****'"),
        masked("*cmd* \"PASS it's\"", "*cmd* \"PASS ****\""),
        masked("*put* 'PASS a\\'b\"c\\r\\n'", "*put* 'PASS ****'"),
        // URLs of any scheme: only the password goes, even one with a raw @ or :.
        masked(
            "Status: Connecting to ftp://bob:p@ss:w0rd@ftp.example.com:21/pub/f?x#y",
            "Status: Connecting to ftp://bob:****@ftp.example.com:21/pub/f?x#y"),
        masked(
            "sftp://bob:pw@host:2222/x and https://eve:pw2@example.org",
            "sftp://bob:****@host:2222/x and https://eve:****@example.org"),
        masked("ftp://:only-a-password@host/", "ftp://:****@host/"),
        // wget.
        masked(
            "Setting --password (password) to two words", "Setting --password (password) to ****"),
        masked(
            "Setting --ftp-password (ftppassword) to x",
            "Setting --ftp-password (ftppassword) to ****"),
        masked("wget --password=secret ftp://bob@host/f", "wget --password=**** ftp://bob@host/f"),
        masked(
            "wget --ftp-password='se cret' --user=bob ftp://host/f",
            "wget --ftp-password='****' --user=bob ftp://host/f"),
        masked("wget --ftp-password secret ftp://host/f", "wget --ftp-password **** ftp://host/f"),
        // lftp and BSD ftp.
        masked(
            "lftp :~> open -u bob,se,cret ftp.example.com",
            "lftp :~> open -u bob,**** ftp.example.com"),
        masked("lftp -u 'bob,it'\\''s' host", "lftp -u 'bob,****' host"),
        masked("lftp :~> user bob 'se cret'", "lftp :~> user bob '****'"),
        masked("user bob secret", "user bob ****"),
        masked("ftp> user bob secret", "ftp> user bob ****"),
        masked("lftp bob:se@cret@ftp.example.com", "lftp bob:****@ftp.example.com"),
        masked("open bob:pw@ftp.example.com", "open bob:****@ftp.example.com"),
        // curl.
        masked(
            "curl -u bob:secret ftp://ftp.example.com/", "curl -u bob:**** ftp://ftp.example.com/"),
        masked("curl --user \"bob:se cret\" -v ftp://h/", "curl --user \"bob:****\" -v ftp://h/"),
        masked("curl -ubob:x ftp://h/", "curl -ubob:**** ftp://h/"),
        masked("> Authorization: Basic Ym9iOnNlY3JldA==", "> Authorization: Basic ****"),
        // Fields, any case.
        masked("password=secret user=bob", "password=**** user=bob"),
        masked("PASSWORD = my secret phrase", "PASSWORD = ****"),
        masked("passwd=x pass=y pwd=z Pwd=w", "passwd=**** pass=**** pwd=**** Pwd=****"),
        masked("ftp_password=x FtpPassword: y", "ftp_password=**** FtpPassword: ****"),
        masked("Password: my secret", "Password: ****"),
        masked(
            "{\"user\":\"bob\",\"password\":\"se\\\"cret\",\"port\":21}",
            "{\"user\":\"bob\",\"password\":\"****\",\"port\":21}"),
        masked("{'user': 'bob', 'password': 'it\\'s'}", "{'user': 'bob', 'password': '****'}"),
        masked("\"pass\": \"x\", \"pwd\": \"y\"", "\"pass\": \"****\", \"pwd\": \"****\""),
        masked("url?user=bob&pass=x", "url?user=bob&pass=****"),
        masked(
            "machine ftp.example.com login bob password secret",
            "machine ftp.example.com login bob password ****"),
        masked(
            "<Pass encoding=\"base64\">c2VjcmV0</Pass>", "<Pass encoding=\"base64\">****</Pass>"),
        // A line cut short by the reader still hides what it has of the secret.
        masked("{\"password\":\"never closed", "{\"password\":****"),
        masked("curl -u 'bob:never closed", "curl -u 'bob:****"));
  }

  @ParameterizedTest
  @MethodSource("secrets")
  void theSecretIsMaskedAndTheRestKept(String line, String expected) {
    assertEquals(expected, SecretMasker.mask(line));
  }

  /** FTP content and look-alikes that hold no secret come through unchanged. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "PWD",
        "XPWD",
        "Command: PWD",
        "PASS",
        "Command: PASS",
        "USER bob",
        "USER John Smith",
        "257 \"/home/bob\" is the current directory",
        "331 Password required for bob",
        "331 Please specify the password.",
        "503 Login with USER first",
        "503 Send PASS first",
        "500 PWD: command not understood",
        "500 PASS: command not understood",
        "230 User bob logged in",
        "ftp://bob@ftp.example.com/pub/",
        "http://host:8080/path/user@example.com",
        "mailto:bob@example.org",
        "PWD=/home/bob",
        "bypass=true passwords: 3",
        "ftp-doctor probe --password-file /etc/pw ftp://host/",
        "wget --ask-password --user=bob ftp://h/",
        "curl --user-agent 'Mozilla/5.0 (X11; rv:109.0)' ftp://host/",
        "curl -u bob ftp://host/",
        "lftp bob@host:~> ls -la",
        "the user bob has left",
        "Error: Could not connect to server",
        "2024-05-01 12:00:00 4712 1 Response: 220 Ready",
        "Winsock error 10061",
      })
  void linesWithoutSecretsAreKept(String line) {
    assertEquals(line, SecretMasker.mask(line));
  }

  private static Arguments masked(String line, String expected) {
    return Arguments.of(line, expected);
  }
}
