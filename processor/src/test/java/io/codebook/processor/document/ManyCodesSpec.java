package io.codebook.processor.document;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A spec of many codes whose messages are built from made-up words, so that a test can tell which
 * codes a query should match by their number, name or message, without reading the document. Codes
 * are spread over series of a thousand numbers each.
 */
record ManyCodesSpec(int count) {
  static final String NAME = "Many";
  private static final List<String> FIRST_WORDS =
      List.of(
          "amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "harbor", "indigo",
          "juniper", "kelp");
  private static final List<String> SECOND_WORDS =
      List.of(
          "quartz", "raven", "sable", "tundra", "velvet", "willow", "yarrow", "zinc", "lichen",
          "moss", "nectar", "orchid", "pumice");

  int code(int i) {
    return 100 + 7 * i;
  }

  String name(int i) {
    return "CODE_" + i;
  }

  String message(int i) {
    String first = FIRST_WORDS.get(i % FIRST_WORDS.size());
    return Character.toUpperCase(first.charAt(0))
        + first.substring(1)
        + " "
        + SECOND_WORDS.get(i / FIRST_WORDS.size() % SECOND_WORDS.size())
        + " stopped.";
  }

  /** The series, by their first number: 0, 1000, 2000 and so on up to the last code. */
  List<Integer> seriesStarts() {
    return IntStream.rangeClosed(0, code(count - 1) / 1000).map(n -> n * 1000).boxed().toList();
  }

  /** The codes whose number, name or message holds every word of {@code query}, ignoring case. */
  List<Integer> matching(String query) {
    List<String> words = List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    return IntStream.range(0, count)
        .filter(
            i ->
                words.stream()
                    .allMatch(
                        (code(i) + " " + name(i) + " " + message(i)).toLowerCase(Locale.ROOT)
                            ::contains))
        .map(this::code)
        .boxed()
        .toList();
  }

  String yaml() {
    StringBuilder yaml =
        new StringBuilder(count * 80)
            .append("codebook: 1\nname: ")
            .append(NAME)
            .append("\ntitle: Many codes\nseries:\n");
    for (int start : seriesStarts()) {
      yaml.append("  - {name: FROM_")
          .append(start)
          .append(", range: ")
          .append(start)
          .append('-')
          .append(start + 999)
          .append(", title: From ")
          .append(start)
          .append(", outcome: ")
          .append(start % 2000 == 0 ? "transient" : "permanent")
          .append("}\n");
    }
    yaml.append("codes:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - {code: ")
          .append(code(i))
          .append(", name: ")
          .append(name(i))
          .append(", message: \"")
          .append(message(i))
          .append("\"}\n");
    }
    return yaml.toString();
  }
}
