package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each client format on its own: which lines it claims, and as what. */
class ClientFormatTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // curl -v, with and without the progress meter
        "curl|*   Trying 127.0.0.1:60153...|CONTEXT|*   Trying 127.0.0.1:60153...",
        "curl|* Closing connection 0|CONTEXT|* Closing connection 0",
        "curl|{ [53 bytes data]|CONTEXT|{ [53 bytes data]",
        "curl|curl: (67) Access denied: 530|CONTEXT|curl: (67) Access denied: 530",
        "curl|  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current|CONTEXT|"
            + "% Total    % Received % Xferd  Average Speed   Time    Time     Time  Current",
        "curl|100    53  100    53    0     0    451      0 --:--:-- --:--:-- --:--:--   452|CONTEXT|\"\"",
        "curl|  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0< 530 Login"
            + " incorrect.|REREAD|< 530 Login incorrect.",
        "curl|  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0*   Trying"
            + " 127.0.0.1:1...|REREAD|*   Trying 127.0.0.1:1...",
        "curl|< 220 Ready|-|",
        "curl|> USER bob|-|",
        "curl|100 Continue|-|",
        // lftp -d
        "lftp|---- Connecting to 127.0.0.1 (127.0.0.1) port 60153|CONTEXT|"
            + "---- Connecting to 127.0.0.1 (127.0.0.1) port 60153",
        "lftp|**** Socket error (Connection refused) - reconnecting|CONTEXT|"
            + "**** Socket error (Connection refused) - reconnecting",
        "lftp|get: welcome.txt: Login failed: 530 Login incorrect.|CONTEXT|"
            + "get: welcome.txt: Login failed: 530 Login incorrect.",
        "lftp|+ open -u bob,**** ftp://127.0.0.1:21|CONTEXT|+ open -u bob,**** ftp://127.0.0.1:21",
        "lftp|<--- 230 Login successful.|-|",
        "lftp|---> PWD|-|",
        // wget -d
        "wget|Setting --user (user) to bob|CONTEXT|Setting --user (user) to bob",
        "wget|==> SYST ... |CONTEXT|==> SYST ...",
        "wget|done.    ==> RETR welcome.txt ... |CONTEXT|done.    ==> RETR welcome.txt ...",
        "wget|Logged in!|CONTEXT|Logged in!",
        "wget|failed: Connection refused.|CONTEXT|failed: Connection refused.",
        "wget|Releasing 0x0000557a32963bc0 (new refcount 0).|CONTEXT|"
            + "Releasing 0x0000557a32963bc0 (new refcount 0).",
        "wget|230 Login successful.|-|",
        "wget|--> USER bob|-|",
        // tnftp -d -v
        "tnftp|setupsockbufsize: rcvbuf_size determined as 131072|CONTEXT|"
            + "setupsockbufsize: rcvbuf_size determined as 131072",
        "tnftp|features[FEAT_SIZE] = 1|CONTEXT|features[FEAT_SIZE] = 1",
        "tnftp|53 bytes received in 00:00 (404.35 KiB/s)|CONTEXT|53 bytes received in 00:00 (404.35 KiB/s)",
        "tnftp|tnftp: Can't connect to `127.0.0.1:1': Connection refused|CONTEXT|"
            + "tnftp: Can't connect to `127.0.0.1:1': Connection refused",
        "tnftp|Login failed.|CONTEXT|Login failed.",
        "tnftp|227 Entering Passive Mode (127,0,0,1,23,226).|-|",
        // WinSCP (from its documentation)
        "winscp|* 2024-05-01 12:00:02.320 (EFatal) Connection failed.|CLIENT_ERROR|Connection failed.",
        "winscp|*   Trying 127.0.0.1:1...|-|",
        "winscp|< 2024-05-01 12:00:00.210 220 Ready|-|",
        // Windows ftp.exe (from its documentation)
        "ftp.exe|> ftp: connect :Connection refused|CONTEXT|> ftp: connect :Connection refused",
        "ftp.exe|User (ftp.example.com:(none)): bob|CONTEXT|User (ftp.example.com:(none)): bob",
        "ftp.exe|ftp> get report.txt|CONTEXT|ftp> get report.txt",
        "ftp.exe|Unknown host nosuch.example.com.|CONTEXT|Unknown host nosuch.example.com.",
        "ftp.exe|> USER bob|-|",
      })
  void aFormatClaimsItsOwnLinesOnly(String client, String line, String kind, String text) {
    Optional<ClientLine> read = format(client).read(line, "");
    if (kind.equals("-")) {
      assertEquals(Optional.empty(), read, line);
    } else {
      assertEquals(Optional.of(ClientLine.of(ClientLine.Kind.valueOf(kind), text)), read, line);
    }
  }

  @Test
  void tnftpsSecondCopyOfAPassiveReplyIsContext() {
    String reply = "229 Entering Extended Passive Mode (|||4605|)";
    assertEquals(Optional.empty(), new TnftpFormat().read(reply, "---> EPSV"));
    assertEquals(Optional.of(ClientLine.context(reply)), new TnftpFormat().read(reply, reply));
  }

  @Test
  void wgetsEchoOfTheSizeIsContext() {
    assertEquals(Optional.of(ClientLine.context("53")), new WgetFormat().read("53", "213 53"));
    assertEquals(Optional.empty(), new WgetFormat().read("421", "213 53"));
  }

  @Test
  void ftplibRepliesAndCommandsAreDecodedAndEachReplyCountedOnce() {
    FtplibFormat format = new FtplibFormat();
    assertEquals(
        Optional.of(ClientLine.of(ClientLine.Kind.COMMAND, "USER bob")),
        format.read("*cmd* 'USER bob'", ""));
    assertEquals(
        Optional.of(
            new ClientLine(
                ClientLine.Kind.REPLY, List.of("211-Features:", " EPSV", " SIZE", "211 End"))),
        format.read("*resp* '211-Features:\\n EPSV\\n SIZE\\n211 End'", ""));
    assertEquals(
        Optional.of(new ClientLine(ClientLine.Kind.REPLY, List.of("257 \"/it's\" here"))),
        format.read("*resp* '257 \"/it\\'s\" here'", ""));
    assertEquals(
        ClientLine.Kind.CONTEXT,
        format.read("*get* '230 OK\\n'", "").orElseThrow().kind(),
        "level 2's *get* repeats what *resp* says");
    assertEquals(
        ClientLine.Kind.CONTEXT, format.read("*put* 'PWD\\r\\n'", "").orElseThrow().kind());
  }

  @Test
  void aPythonTracebackIsContextToItsLastLine() {
    FtplibFormat format = new FtplibFormat();
    assertEquals(Optional.empty(), format.read("    main()", ""), "outside a traceback");
    for (String line :
        List.of(
            "Traceback (most recent call last):",
            "  File \"/usr/lib/python3.11/ftplib.py\", line 254, in getresp",
            "    raise error_perm(resp)",
            "           ^^^^^^^^^^^",
            "ftplib.error_perm: 530 Login incorrect.")) {
      assertEquals(ClientLine.Kind.CONTEXT, format.read(line, "").orElseThrow().kind(), line);
    }
    assertEquals(Optional.empty(), format.read("530 Login incorrect.", ""), "after the traceback");
  }

  @Test
  void pythonLiteralsAreDecoded() {
    assertEquals(
        Optional.of("a\nb\r\t'\\é€"), PythonRepr.decode("'a\\nb\\r\\t\\'\\\\\\xe9\\u20ac'"));
    assertEquals(Optional.of("it's"), PythonRepr.decode("\"it's\""));
    assertEquals(Optional.empty(), PythonRepr.decode("'unterminated"));
    assertEquals(Optional.empty(), PythonRepr.decode("'bad \\x4'"));
    assertEquals(Optional.empty(), PythonRepr.decode("'a' 'b'"));
  }

  private static ClientFormat format(String client) {
    return switch (client) {
      case "curl" -> new CurlFormat();
      case "lftp" -> new LftpFormat();
      case "wget" -> new WgetFormat();
      case "tnftp" -> new TnftpFormat();
      case "winscp" -> new WinScpFormat();
      case "ftp.exe" -> new WindowsFtpFormat();
      default -> throw new IllegalArgumentException(client);
    };
  }
}
