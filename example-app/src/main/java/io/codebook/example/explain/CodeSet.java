package io.codebook.example.explain;

import io.codebook.example.FtpReply;
import io.codebook.example.KnownCode;
import io.codebook.example.UsageException;
import io.codebook.example.WinsockError;
import java.util.Locale;

/** The code sets ftp-doctor knows, each backed by a type Codebook generated. */
public enum CodeSet {
  /** FTP replies, from {@link FtpReply}. */
  FTP("ftp", "FTP reply", FtpReply.class),

  /** Windows Sockets errors, from {@link WinsockError}. */
  WINSOCK("winsock", "Winsock error", WinsockError.class);

  private final String optionValue;
  private final String displayName;
  private final Class<?> generatedType;

  CodeSet(String optionValue, String displayName, Class<?> generatedType) {
    this.optionValue = optionValue;
    this.displayName = displayName;
    this.generatedType = generatedType;
  }

  /**
   * Finds a code set by the name used with {@code --set}.
   *
   * @param name {@code ftp} or {@code winsock}, in any case
   * @return the code set
   * @throws UsageException if no code set has that name
   */
  public static CodeSet named(String name) throws UsageException {
    for (CodeSet set : values()) {
      if (set.optionValue.equals(name.toLowerCase(Locale.ROOT))) {
        return set;
      }
    }
    throw new UsageException("unknown code set '" + name + "'; use ftp or winsock");
  }

  /**
   * The set a generated constant belongs to.
   *
   * @param code a constant of {@link FtpReply} or {@link WinsockError}
   * @return its set
   */
  public static CodeSet of(KnownCode code) {
    for (CodeSet set : values()) {
      if (set.generatedType.isInstance(code)) {
        return set;
      }
    }
    throw new IllegalArgumentException(code.getClass() + " is not a type of ftp-doctor's sets");
  }

  /**
   * The constant this set lists for a number.
   *
   * @param code a number the set lists
   * @return the generated constant
   * @throws IllegalArgumentException if the set does not list the number
   */
  public KnownCode constant(int code) {
    return switch (this) {
      case FTP -> FtpReply.of(code);
      case WINSOCK -> WinsockError.of(code);
    };
  }

  /**
   * What one code of this set is called, such as "FTP reply".
   *
   * @return the name, singular, for sentences
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The generated enum of this set; its simple name also names the set's reference documents.
   *
   * @return the generated type
   */
  public Class<?> generatedType() {
    return generatedType;
  }
}
