package io.codebook.processor.scale;

/** Writes specs of any size, with sparse codes, series and some aliases, for the scale tests. */
public final class LargeSpecs {
  private LargeSpecs() {}

  /** The code of the {@code i}th entry: sparse, so lookup cannot be a plain array from 0. */
  public static int code(int i) {
    return 1_000 + i * 37;
  }

  /** A spec of {@code count} codes in series of 10,000 numbers, every 100th code with an alias. */
  public static String spec(String name, int count) {
    StringBuilder yaml =
        new StringBuilder(count * 120)
            .append("codebook: 1\nname: ")
            .append(name)
            .append("\nseries:\n");
    int last = code(count - 1);
    for (int start = 0; start <= last; start += 10_000) {
      yaml.append("  - {name: RANGE_")
          .append(start / 10_000)
          .append(", range: '")
          .append(start)
          .append('-')
          .append(start + 9_999)
          .append("', title: Range ")
          .append(start / 10_000)
          .append(", outcome: ")
          .append(start % 20_000 == 0 ? "permanent" : "transient")
          .append("}\n");
    }
    yaml.append("codes:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - {code: ")
          .append(code(i))
          .append(", name: C")
          .append(i)
          .append(", message: \"Message ")
          .append(i)
          .append("\"");
      if (i % 3 == 0) {
        yaml.append(", variants: [\"v").append(i).append("\", \"w").append(i).append("\"]");
      }
      if (i % 100 == 0) {
        yaml.append(", aliases: [{name: A")
            .append(i)
            .append(", message: \"Alias ")
            .append(i)
            .append("\"}]");
      }
      yaml.append("}\n");
    }
    return yaml.toString();
  }
}
