package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.ExitCode;
import io.codebook.example.ftp.ReplySequence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors a client recovers from, and replies RFC 959 does not allow after their command. */
class SessionReviewTest {
  @Test
  void aRefusedProbeBeforeLoginIsANoteAndTheSessionIsFine() throws IOException {
    SessionReview review =
        review(
            """
        <--- 220 (vsFTPd 3.0.3)
        ---> AUTH TLS
        <--- 530 Please login with USER and PASS.
        ---> OPTS UTF8 ON
        <--- 501 Invalid argument.
        ---> USER bob
        <--- 331 Please specify the password.
        ---> PASS secret
        <--- 230 Login successful.
        ---> QUIT
        <--- 221 Goodbye.
        """);
    assertEquals(ExitCode.OK, review.exitStatus());
    assertEquals(0, review.errorCount());
    Transcript.Entry auth = reply(review, 530);
    assertEquals(
        List.of(
            "Recovered: AUTH is optional; the client carries on without it, so this is"
                + " a note, not a problem."),
        review.notes(auth));
  }

  @Test
  void aRefusedProbeTheClientStopsAtIsAProblem() throws IOException {
    SessionReview review =
        review(
            """
        220 Ready
        AUTH TLS
        534 Policy requires SSL.
        """);
    assertEquals(ExitCode.PROBLEM_FOUND, review.exitStatus());
    assertEquals(List.of("534"), List.copyOf(review.errors().keySet()));
  }

  @Test
  void sizeAndEpsvAreRecoveredOnlyWhenATransferCompletes() throws IOException {
    String start =
        """
        220 Ready
        SIZE report.txt
        550 Could not get file size.
        EPSV
        500 EPSV not understood
        PASV
        227 Entering Passive Mode (127,0,0,1,23,226).
        RETR report.txt
        """;
    SessionReview done = review(start + "150 Opening\n226 Transfer complete\n");
    assertEquals(ExitCode.OK, done.exitStatus());
    assertEquals(
        List.of(
            "Recovered: the client manages without SIZE; the transfer on line 10" + " completes."),
        done.notes(reply(done, 550)));
    SessionReview failed = review(start + "550 No such file\n");
    assertEquals(ExitCode.PROBLEM_FOUND, failed.exitStatus());
    assertEquals(List.of("550", "500"), List.copyOf(failed.errors().keySet()));
    assertEquals(3, failed.errorCount());
  }

  @Test
  void aClosingConnectionIsNeverRecovered() throws IOException {
    SessionReview review = review("220 Ready\nFEAT\n421 Too many users\nQUIT\n");
    assertEquals(ExitCode.PROBLEM_FOUND, review.exitStatus());
  }

  @Test
  void aReplyRfc959DoesNotAllowAfterItsCommandGetsANote() throws IOException {
    SessionReview review =
        review(
            "220 Ready\nPWD\n530 Please login with USER and PASS.\n"
                + "PWD\n257 \"/\" is the current directory\n");
    assertEquals(
        List.of(
            "Note: 530 is not a reply RFC 959 allows for PWD (§5.4 allows 257, 421,"
                + " 500, 501, 502, 550)."),
        review.notes(reply(review, 530)));
    assertEquals(List.of(), review.notes(reply(review, 257)));
    assertEquals(List.of("530"), List.copyOf(review.errors().keySet()), "still a problem");
  }

  @Test
  void theGreetingIsCheckedAndProtectedRepliesAreNot() throws IOException {
    SessionReview review = review("200 Hello\nPWD\n631 protected reply\n");
    assertEquals(
        List.of(
            "Note: 200 is not a reply RFC 959 allows for the greeting (§5.4 allows 120,"
                + " 220, 421)."),
        review.notes(reply(review, 200)));
    assertEquals(List.of(), review.notes(reply(review, 631)));
  }

  @Test
  void theSharedWordingIsThatOfTheProbe() {
    assertEquals(
        "550 is not a reply RFC 959 allows for TYPE (§5.4 allows 200, 421, 500, 501, 504,"
            + " 530).",
        ReplySequence.note("TYPE", 550).orElseThrow());
    assertTrue(ReplySequence.note("FEAT", 550).isEmpty(), "no RFC 959 context");
  }

  private static Transcript.Entry reply(SessionReview review, int code) {
    return review.transcript().entries().stream()
        .filter(
            entry -> entry instanceof Transcript.ReplyEntry reply && reply.reply().code() == code)
        .findFirst()
        .orElseThrow();
  }

  private static SessionReview review(String log) throws IOException {
    return SessionReview.of(
        TranscriptParser.parse(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8))));
  }
}
