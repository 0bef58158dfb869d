package io.codebook.example.transcript;

import io.codebook.example.FtpReply;
import io.codebook.example.FtpReplyHandler;
import io.codebook.example.WinsockErrorHandler;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.diagnose.DiagnosisHandler;
import io.codebook.example.diagnose.DiagnosisText;
import io.codebook.example.diagnose.NetworkDiagnosisHandler;
import io.codebook.example.ftp.ReplySequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code explain-log} concludes from a transcript, for every output format alike: the
 * diagnosis of each reply and Winsock error, which of them are problems and which the client
 * recovered from ({@link RecoveredErrors}), the notes on replies RFC 959 does not allow after their
 * command ({@link ReplySequence}), the problems grouped by code, and the exit status.
 */
public final class SessionReview {
  private final Transcript transcript;

  /** The language of the codes' texts. */
  private final Locale locale;

  private final IdentityHashMap<Transcript.Entry, List<String>> notes = new IdentityHashMap<>();
  private final IdentityHashMap<Transcript.Entry, Boolean> problems = new IdentityHashMap<>();
  private final Map<String, List<Transcript.Entry>> errors = new LinkedHashMap<>();

  private SessionReview(Transcript transcript, Locale locale) {
    this.transcript = transcript;
    this.locale = locale;
    List<Transcript.Entry> entries = transcript.entries();
    for (int i = 0; i < entries.size(); i++) {
      review(entries, i);
    }
  }

  /**
   * Reviews a transcript.
   *
   * @param transcript what the parser found
   * @return the review
   */
  public static SessionReview of(Transcript transcript) {
    return new SessionReview(transcript, Locale.ROOT);
  }

  /**
   * Reviews a transcript, explaining its codes in the language of {@code locale}.
   *
   * @param transcript what the parser found
   * @param locale the reader's locale
   * @return the review
   */
  public static SessionReview of(Transcript transcript, Locale locale) {
    return new SessionReview(transcript, locale);
  }

  /**
   * Diagnoses one entry, with the code's texts in the review's language.
   *
   * @param entry a reply or Winsock entry
   * @return the diagnosis
   */
  Diagnosis diagnosis(Transcript.Entry entry) {
    return diagnose(entry).in(locale);
  }

  /**
   * What an entry's code is, in a few words, in the review's language; for a reply, in the light of
   * the command it answers, so that 257 after PWD names the current directory.
   *
   * @param entry a reply or Winsock entry
   * @return one line, without a line break
   */
  String summary(Transcript.Entry entry) {
    String verb =
        entry instanceof Transcript.ReplyEntry reply ? RecoveredErrors.verb(reply.inReplyTo()) : "";
    return DiagnosisText.summary(diagnosis(entry).explanation().orElseThrow(), verb);
  }

  private void review(List<Transcript.Entry> entries, int index) {
    Transcript.Entry entry = entries.get(index);
    List<String> entryNotes = new ArrayList<>();
    boolean problem = false;
    if (entry instanceof Transcript.ReplyEntry reply) {
      int code = reply.reply().code();
      String verb =
          reply.inReplyTo().isEmpty()
              ? FtpReply.Context.CONNECTION.name()
              : RecoveredErrors.verb(reply.inReplyTo());
      ReplySequence.note(verb, code).ifPresent(note -> entryNotes.add("Note: " + note));
      if (diagnose(entry).problem()) {
        var recovered = RecoveredErrors.note(entries, index);
        recovered.ifPresent(entryNotes::add);
        problem = recovered.isEmpty();
      }
    } else if (entry instanceof Transcript.WinsockEntry) {
      problem = diagnose(entry).problem();
    } else {
      problem = entry instanceof Transcript.ClientErrorEntry;
    }
    notes.put(entry, List.copyOf(entryNotes));
    problems.put(entry, problem);
    if (problem) {
      errors.computeIfAbsent(key(entry), k -> new ArrayList<>()).add(entry);
    }
  }

  /**
   * Diagnoses one entry: a reply through the generated {@link FtpReplyHandler} (by way of {@link
   * DiagnosisHandler}), a Winsock error through the generated {@link WinsockErrorHandler}.
   *
   * @param entry a reply or Winsock entry
   * @return the diagnosis
   * @throws IllegalArgumentException for other entries
   */
  static Diagnosis diagnose(Transcript.Entry entry) {
    if (entry instanceof Transcript.ReplyEntry reply) {
      return DiagnosisHandler.diagnose(reply.reply().code(), reply.inReplyTo());
    }
    if (entry instanceof Transcript.WinsockEntry winsock) {
      return NetworkDiagnosisHandler.diagnose(winsock.code(), "", null);
    }
    throw new IllegalArgumentException("no code to diagnose in " + entry);
  }

  private static String key(Transcript.Entry entry) {
    if (entry instanceof Transcript.ReplyEntry reply) {
      return Integer.toString(reply.reply().code());
    }
    if (entry instanceof Transcript.WinsockEntry winsock) {
      return Integer.toString(winsock.code());
    }
    return "";
  }

  Transcript transcript() {
    return transcript;
  }

  /**
   * The notes on an entry: a recovered error, a reply out of sequence.
   *
   * @param entry an entry of the transcript
   * @return the notes, each a sentence
   */
  List<String> notes(Transcript.Entry entry) {
    return notes.getOrDefault(entry, List.of());
  }

  /**
   * Whether an entry is an error that stands: not one the client recovered from.
   *
   * @param entry an entry of the transcript
   * @return {@code true} for a problem
   */
  boolean problem(Transcript.Entry entry) {
    return problems.getOrDefault(entry, false);
  }

  /**
   * The problems by code, in the order each code first appears; the key is the code, or an empty
   * string for the client's errors without a code.
   *
   * @return the groups
   */
  Map<String, List<Transcript.Entry>> errors() {
    return errors;
  }

  /**
   * The number of problems.
   *
   * @return the count
   */
  int errorCount() {
    return errors.values().stream().mapToInt(List::size).sum();
  }

  /**
   * The exit status of {@code explain-log}.
   *
   * @return {@link ExitCode#PROBLEM_FOUND} if an error stands, else {@link ExitCode#NOT_FOUND} if
   *     the transcript holds no reply, command or error at all, else {@link ExitCode#OK}
   */
  public int exitStatus() {
    if (!errors.isEmpty()) {
      return ExitCode.PROBLEM_FOUND;
    }
    boolean recognised =
        transcript.entries().stream()
            .anyMatch(entry -> !(entry instanceof Transcript.MalformedEntry));
    return recognised ? ExitCode.OK : ExitCode.NOT_FOUND;
  }
}
