package io.codebook.example.explain;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.cli.UsageException;
import java.util.Locale;

/** The code sets ftp-doctor knows, each backed by a type Codebook generated. */
public enum CodeSet {
  /** FTP replies, from {@link FtpReply}. */
  FTP("ftp", "FTP reply", "Also sent as:", FtpReply.class),

  /** Windows Sockets errors, from {@link WinsockError}. */
  WINSOCK("winsock", "Winsock error", "Also reported as:", WinsockError.class);

  private final String optionValue;
  private final String displayName;
  private final String variantsTitle;
  private final Class<?> generatedType;

  CodeSet(String optionValue, String displayName, String variantsTitle, Class<?> generatedType) {
    this.optionValue = optionValue;
    this.displayName = displayName;
    this.variantsTitle = variantsTitle;
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
   * What one code of this set is called, such as "FTP reply".
   *
   * @return the name, singular, for sentences
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The title of the list of other texts that come with a code of this set. FTP replies use the
   * words of the reference documents Codebook generates, so that the tool and the documents it
   * ships say the same; Winsock errors are reported by the operating system and by clients.
   *
   * @return the title, ending with a colon
   */
  public String variantsTitle() {
    return variantsTitle;
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
