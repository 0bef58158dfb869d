package io.codebook.example.ftp;

import io.codebook.example.FtpReplyCodes;
import java.util.Optional;

/**
 * What a reply says after the command it answers, where the one message the FTP spec gives its code
 * does not fit that command, in the words both {@code probe} and {@code explain-log} use.
 *
 * <p>RFC 959 answers both MKD and PWD with 257. The spec's message for it, {@code "PATHNAME"
 * created.}, is RFC 959's text and MKD's meaning; after PWD (or XPWD, its RFC 775 form) nothing was
 * created, and the path is the current directory. The code keeps its name from the generated type,
 * {@code PATHNAME_CREATED}; only the message shown with it changes.
 */
public final class ReplyMeaning {
  /** The message of 257 after PWD. */
  static final String CURRENT_DIRECTORY = "\"PATHNAME\" is the current directory.";

  private ReplyMeaning() {}

  /**
   * The message of a reply after a command, where it differs from the spec's.
   *
   * @param verb the command's verb in upper case, or an empty string when the command is not known
   * @param code the reply's code
   * @return the message to show instead of the spec's, or empty to show the spec's
   */
  public static Optional<String> after(String verb, int code) {
    if (code == FtpReplyCodes.PATHNAME_CREATED && (verb.equals("PWD") || verb.equals("XPWD"))) {
      return Optional.of(CURRENT_DIRECTORY);
    }
    return Optional.empty();
  }
}
