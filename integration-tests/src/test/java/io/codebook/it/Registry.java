package io.codebook.it;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One registry of {@code src/test/resources/registries}: its spec and its table of expectations.
 *
 * @param id the file name without extension, such as {@code ldap}
 * @param typeName the spec's {@code name:}, the generated type
 * @param symbolPrefix the common prefix of the registry's symbols that spec names drop
 */
record Registry(String id, String typeName, String symbolPrefix) {
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The package each registry's types are generated into. */
  String packageName() {
    return "registries." + id.replace("-", "").toLowerCase(Locale.ROOT);
  }

  List<RegistryRow> rows() {
    return RegistryRow.read(RegistriesIT.registries().resolve(id + ".tsv"));
  }

  /**
   * The spec's name for a registry symbol, by the rule of scripts/registries/README.md: the symbol
   * without its prefix, unless what is left is no UPPER_SNAKE identifier or is another symbol.
   */
  String specName(String symbol, List<RegistryRow> rows) {
    if (symbolPrefix.isEmpty() || !symbol.startsWith(symbolPrefix)) {
      return symbol;
    }
    String rest = symbol.substring(symbolPrefix.length());
    boolean clashes = rows.stream().anyMatch(row -> row.symbol().equals(rest));
    return UPPER_SNAKE.matcher(rest).matches() && !clashes ? rest : symbol;
  }

  @Override
  public String toString() {
    return id;
  }
}
