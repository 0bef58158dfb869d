package io.codebook.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of a registry's expectations ({@code src/test/resources/registries/<registry>.tsv}): what
 * the registry's own header or library says about one name, never what Codebook generated.
 *
 * @param code the code as the registry writes it: a decimal int, or a SQLSTATE string
 * @param symbol the registry's own symbol, such as {@code LDAP_SERVER_DOWN}
 * @param message the registry's text, unescaped
 */
record RegistryRow(String code, String symbol, String message) {

  /** Every row of a table, in file order; {@code #} lines are comments. */
  static List<RegistryRow> read(Path tsv) {
    try {
      return Files.readAllLines(tsv, UTF_8).stream()
          .filter(line -> !line.startsWith("#") && !line.isEmpty())
          .map(RegistryRow::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RegistryRow parse(String line) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 3) {
      throw new IllegalArgumentException("not three tab-separated columns: " + line);
    }
    return new RegistryRow(columns[0], columns[1], unescape(columns[2]));
  }

  /** Undoes the table's escapes (scripts/registries/README.md): {@code \\ \t \n \r}. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + text);
      }
    }
    return out.toString();
  }

  /** The code as an int, for the registries whose codes are numbers. */
  int number() {
    return Integer.parseInt(code);
  }
}
