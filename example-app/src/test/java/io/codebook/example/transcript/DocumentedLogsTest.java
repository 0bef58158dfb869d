package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.codebook.example.FtpReply;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The logs of WinSCP and Windows ftp.exe in {@code documented-logs/}, written from the clients'
 * documentation since neither runs here.
 */
class DocumentedLogsTest {
  @Test
  void winscpsLoginFailure() throws URISyntaxException {
    FtpDoctorTest.Result result = explainLog("winscp-bad-password.log");
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    result.assertOutContains("line 11        -> PASS ****");
    result.assertOutContains("530 on line 12, in reply to PASS ****");
    result.assertOutContains(
        "Errors the client reports without a code: line 14: Connection failed."
            + " line 15: Authentication failed.");
    result.assertOutContains(
        "Summary: 3 replies, 2 commands, 0 Winsock errors, 2 client errors,"
            + " 0 malformed lines; 3 errors.");
  }

  @Test
  void winscpsRefusedConnection() throws URISyntaxException {
    FtpDoctorTest.Result result = explainLog("winscp-refused.log");
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    result.assertOutContains("10061 on line 4:");
    result.assertOutContains("0 malformed lines");
  }

  @Test
  void ftpExesMissingFile() throws URISyntaxException {
    FtpDoctorTest.Result result = explainLog("ftp-exe-missing-file.log");
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    result.assertOutContains(
        "Summary: 7 replies, 6 commands, 0 Winsock errors, 0 client errors,"
            + " 0 malformed lines; 1 error.");
    result.assertOutContains("550 on line 16, in reply to RETR missing.txt");
    FtpReply.FILE_UNAVAILABLE.solutions().forEach(result::assertOutContains);
  }

  @Test
  void ftpExesUnknownHost() throws URISyntaxException {
    FtpDoctorTest.Result result = explainLog("ftp-exe-unknown-host.log");
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    result.assertOutContains("11001 on line 2:");
    result.assertOutContains("0 malformed lines");
  }

  private static FtpDoctorTest.Result explainLog(String name) throws URISyntaxException {
    Path log =
        Path.of(
            Objects.requireNonNull(
                    DocumentedLogsTest.class.getResource("/documented-logs/" + name), name)
                .toURI());
    return FtpDoctorTest.run("explain-log", log.toString());
  }
}
