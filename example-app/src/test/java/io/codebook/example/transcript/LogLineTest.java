package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Taking client decoration off transcript lines, and finding Winsock errors in them. */
class LogLineTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "421 Too many users|UNMARKED|421 Too many users",
        "   220 indented by WS_FTP|UNMARKED|220 indented by WS_FTP",
        "STATUS:> Connecting to ftp.example.com|STATUS|Connecting to ftp.example.com",
        "ERROR:> Can't connect|ERROR|Can't connect",
        "COMMAND:> USER bob|COMMAND|USER bob",
        "<- 220 Ready|SERVER|220 Ready",
        "<--- 220 Ready|SERVER|220 Ready",
        "-> USER bob|COMMAND|USER bob",
        "---> PASV|COMMAND|PASV",
        "Response: 331 Password required|SERVER|331 Password required",
        "Response:\t331 tab after the label|SERVER|331 tab after the label",
        "Command:\tPASS ********|COMMAND|PASS ********",
        "Status:\tConnection established|STATUS|Connection established",
        "Error:\tCould not connect to server|ERROR|Could not connect to server",
        "[R] 550 No such file|SERVER|550 No such file",
        "[C] RETR x|COMMAND|RETR x",
        "[12:01:02] 230 Logged in|UNMARKED|230 Logged in",
        "[12:01:02] [R] 230 Logged in|SERVER|230 Logged in",
        "[12:01:02.123] STATUS:> Connected|STATUS|Connected",
        "(12:01:02) 200 OK|UNMARKED|200 OK",
        "12:01:02 200 OK|UNMARKED|200 OK",
        "2024-05-01 12:00:00 200 OK|UNMARKED|200 OK",
        "2024-05-01T12:00:00.123Z Response: 200 OK|SERVER|200 OK",
        "[2024-05-01 12:00:00] Command: NOOP|COMMAND|NOOP",
        "2024-05-01 12:00:00 4712 1 Response: 220 Ready|SERVER|220 Ready",
        "2024-05-01 12:00:00 421 Too many users|UNMARKED|421 Too many users",
        "5/1/2024 12:00:00 PM 226 Done|UNMARKED|226 Done",
        "< 2024-05-01 12:00:00.123 220 WinSCP style|SERVER|220 WinSCP style",
        "> 2024-05-01 12:00:00.123 USER bob|COMMAND|USER bob",
        ". 2024-05-01 12:00:00.123 Connecting|STATUS|Connecting",
        "response: 200 lower case|SERVER|200 lower case",
        "Response:|SERVER|''",
        "''|UNMARKED|''",
        "12:00 to 18:00 opening hours|UNMARKED|to 18:00 opening hours",
      })
  void decorationIsTakenOff(String line, LogLine.Source source, String text) {
    assertEquals(new LogLine(source, text), LogLine.of(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Winsock error 10061|10061",
        "Can't connect to remote server. Socket error = #10061.|10061",
        "Socket Error # 10054|10054",
        "WSAECONNREFUSED - connection refused|10061",
        "connect failed: WSAETIMEDOUT|10060",
        "WSAHOST_NOT_FOUND|11001",
        "ECONNREFUSED - Connection refused by server|10061",
        "ETIMEDOUT - Connection attempt timed out|10060",
        "Error 10060 while connecting|10060",
        "socket error 10099 (unlisted, in the socket range)|10099",
        "Error: 530 Login incorrect|-1",
        "error 421 too many users|-1",
        "ERROR nothing here|-1",
        "WSAEBOGUS is not a Winsock name|-1",
        "port 10061 is open|-1",
      })
  void winsockErrorsAreFoundByNameOrNumber(String line, int code) {
    assertEquals(code < 0 ? OptionalInt.empty() : OptionalInt.of(code), WinsockMention.find(line));
  }
}
