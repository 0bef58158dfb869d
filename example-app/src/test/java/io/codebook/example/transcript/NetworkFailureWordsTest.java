package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Network failures in the words of each client, read as the Winsock error of the same failure. */
class NetworkFailureWordsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // refused
        "* connect to 127.0.0.1 port 46375 failed: Connection refused|10061",
        "**** Socket error (Connection refused) - reconnecting|10061",
        "ConnectionRefusedError: [Errno 111] Connection refused|10061",
        "failed: Connection refused.|10061",
        "tnftp: Can't connect to `127.0.0.1:46375': Connection refused|10061",
        "> ftp: connect :Connection refused|10061",
        "Network error: Connection to \"ftp.example.com\" refused.|10061",
        // timed out
        "* Failed to connect to ftp.example.com port 21 after 75000 ms: Connection timed out|10060",
        "TimeoutError: timed out|10060",
        "failed: Connection timed out.|10060",
        "tnftp: Can't connect to `192.0.2.1:21': Operation timed out|10060",
        // reset
        "* Recv failure: Connection reset by peer|10054",
        "ConnectionResetError: [Errno 104] Connection reset by peer|10054",
        "**** Socket error (Connection reset by peer) - reconnecting|10054",
        // no route
        "* connect to 192.0.2.1 port 21 failed: No route to host|10065",
        "OSError: [Errno 113] No route to host|10065",
        "failed: No route to host.|10065",
        // name not resolved
        "curl: (6) Could not resolve host: nosuch.example.com|11001",
        "socket.gaierror: [Errno -2] Name or service not known|11001",
        "socket.gaierror: [Errno 8] nodename nor servname provided, or not known|11001",
        "socket.gaierror: [Errno 11001] getaddrinfo failed|11001",
        "wget: unable to resolve host address 'nosuch.example.com'|11001",
        "tnftp: Can't lookup `nosuch.example.com:ftp': Name or service not known|11001",
        "Unknown host nosuch.example.com.|11001",
        "Host \"nosuch.example.com\" does not exist.|11001",
        // none
        "* Connected to 127.0.0.1 (127.0.0.1) port 60153 (#0)|-1",
        "Logged in!|-1",
        "---- Connecting to 127.0.0.1 (127.0.0.1) port 60153|-1",
      })
  void aClientsWordsNameTheWinsockError(String line, int code) {
    assertEquals(code < 0 ? OptionalInt.empty() : OptionalInt.of(code), WinsockMention.find(line));
  }
}
