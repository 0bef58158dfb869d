package io.codebook.benchmarks.report;

import io.codebook.benchmarks.compile.CompileTimeBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results (run with {@code -prof gc}) and the compile-time benchmark's JSON into
 * Markdown: the targets marked met or missed, then per code set and group a table of every
 * subject with its time, its allocation and its time as a multiple of the generated code's.
 *
 * <p>{@code java -cp benchmarks.jar io.codebook.benchmarks.report.Report --jmh jmh.json
 * [--diagnostic jmh-huge-methods.json] [--compile compile-time.json] [--label TEXT] [--out FILE]}
 */
public final class Report {
  /**
   * Allocation below this many bytes per operation is reported as none (JMH's own noise is far
   * smaller).
   */
  static final double ZERO_BYTES = 0.5;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Score(double value, double error) {
    /** {@code this / other}, with the relative errors added in quadrature. */
    Score over(Score other) {
      double ratio = value / other.value;
      double relative = Math.sqrt(square(error / value) + square(other.error / other.value));
      return new Score(ratio, Math.abs(ratio) * relative);
    }

    private static double square(double x) {
      return Double.isNaN(x) ? 0 : x * x;
    }
  }

  record Row(
      String set,
      String group,
      String subject,
      Score time,
      Score bytes,
      String unit,
      String settings) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final Map<String, Row> diagnostic = new LinkedHashMap<>();

  /** JMH's first result, whose run settings the report quotes; {@code null} without JMH results. */
  private JsonNode settings;

  private JsonNode compile;
  private String firstUse;

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Report report = new Report();
    if (options.containsKey("--jmh") && Files.isRegularFile(Path.of(options.get("--jmh")))) {
      report.settings = report.read(Path.of(options.get("--jmh")), report.rows);
    }
    if (options.containsKey("--diagnostic")
        && Files.isRegularFile(Path.of(options.get("--diagnostic")))) {
      report.read(Path.of(options.get("--diagnostic")), report.diagnostic);
    }
    if (options.containsKey("--first-use")
        && Files.isRegularFile(Path.of(options.get("--first-use")))) {
      report.firstUse =
          Files.readString(Path.of(options.get("--first-use")), StandardCharsets.UTF_8);
    }
    if (options.containsKey("--compile")
        && Files.isRegularFile(Path.of(options.get("--compile")))) {
      report.compile =
          JSON.readTree(
              Files.readString(Path.of(options.get("--compile")), StandardCharsets.UTF_8));
    }
    String markdown = report.markdown(options.getOrDefault("--label", "Benchmark run"));
    if (options.containsKey("--out")) {
      Files.writeString(Path.of(options.get("--out")), markdown, StandardCharsets.UTF_8);
    }
    System.out.print(markdown);
  }

  /** Reads one JMH JSON file into {@code into}; returns the first result's settings. */
  private JsonNode read(Path file, Map<String, Row> into) throws IOException {
    JsonNode results = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    for (JsonNode r : results) {
      String benchmark = r.path("benchmark").asString("");
      String[] parts = benchmark.split("\\.");
      String set = parts[parts.length - 2];
      String method = parts[parts.length - 1];
      int underscore = method.indexOf('_');
      String group = underscore < 0 ? method : method.substring(0, underscore);
      String subject = underscore < 0 ? "" : method.substring(underscore + 1);
      JsonNode primary = r.path("primaryMetric");
      Score time = new Score(number(primary.path("score")), number(primary.path("scoreError")));
      JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      Score bytes =
          norm.isMissingNode()
              ? null
              : new Score(number(norm.path("score")), number(norm.path("scoreError")));
      String runSettings =
          String.format(
              Locale.ROOT,
              "%s fork(s), warm-up %s × %s, measurement %s × %s",
              integer(r.path("forks")),
              integer(r.path("warmupIterations")),
              r.path("warmupTime").asString(""),
              integer(r.path("measurementIterations")),
              r.path("measurementTime").asString(""));
      into.put(
          set + "." + method,
          new Row(
              set,
              group,
              subject,
              time,
              bytes,
              primary.path("scoreUnit").asString(""),
              runSettings));
    }
    return results.size() == 0 ? null : results.get(0);
  }

  String markdown(String label) {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(label).append("\n\n");
    md.append(machine()).append('\n');
    if (!rows.isEmpty()) {
      md.append(jmhSettings()).append('\n');
    }
    md.append("#### Targets\n\n").append(targets()).append('\n');
    for (String set : sets()) {
      md.append("#### ").append(setTitle(set)).append("\n\n");
      md.append("JMH: ").append(settingsOf(set)).append(".\n\n");
      for (String group : List.of("lookup", "of", "dispatch", "series", "message")) {
        Optional<Row> reference = row(set, group + "_generated");
        if (reference.isEmpty()) {
          continue;
        }
        md.append("**").append(groupTitle(group, set)).append("**\n\n");
        md.append(
            "| Subject | Time (ns/op ± 99.9% CI) | Allocated (B/op) | Time ÷ generated's (above 1: generated is faster) |\n|---|---:|---:|---:|\n");
        List<Row> groupRows = new ArrayList<>();
        for (Row row : rows.values()) {
          if (row.set().equals(set) && row.group().equals(group)) {
            groupRows.add(row);
          }
        }
        groupRows.sort(java.util.Comparator.comparingInt(row -> order(row.subject())));
        for (Row row : groupRows) {
          md.append("| ")
              .append(subjectTitle(row, set))
              .append(" | ")
              .append(format(row.time()))
              .append(" | ")
              .append(bytes(row.bytes()))
              .append(" | ")
              .append(
                  row == reference.get()
                      ? "1 (reference)"
                      : ratio(row.time().over(reference.get().time())))
              .append(" |\n");
        }
        md.append('\n');
      }
    }
    if (!diagnostic.isEmpty()) {
      md.append("#### Diagnostic: the one-method `switch` with `-XX:-DontCompileHugeMethods`\n\n");
      md.append(
          "The same benchmarks, in a JVM that JIT-compiles methods over 8,000 bytes of bytecode too.\n\n");
      md.append(
          "| Benchmark | Default JVM (ns/op) | -XX:-DontCompileHugeMethods (ns/op) | Default ÷ diagnostic |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, Row> entry : diagnostic.entrySet()) {
        Row normal = rows.get(entry.getKey());
        md.append("| ")
            .append(entry.getKey())
            .append(" | ")
            .append(normal == null ? "—" : format(normal.time()))
            .append(" | ")
            .append(format(entry.getValue().time()))
            .append(" | ")
            .append(normal == null ? "—" : ratio(normal.time().over(entry.getValue().time())))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (firstUse != null && !firstUse.isBlank()) {
      md.append("#### First use, in a fresh JVM per run\n\n")
          .append(FirstUseRows.parse(firstUse).medianTable())
          .append('\n');
    }
    if (compile != null) {
      md.append("#### Compile time\n\n").append(compileTable()).append('\n');
    }
    return md.toString();
  }

  private String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it unknown
    }
    String load = "";
    try {
      String[] loadavg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      load =
          ", load average "
              + loadavg[0]
              + " "
              + loadavg[1]
              + " "
              + loadavg[2]
              + " when the report was written";
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    String jdk =
        settings == null
            ? System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
            : settings.path("vmName").asString("")
                + " "
                + settings.path("vmVersion").asString("")
                + " (JDK "
                + settings.path("jdkVersion").asString("")
                + ")";
    return String.format(
        Locale.ROOT,
        "Machine: %d CPUs (`nproc`), %s; %s; %s %s%s. Written %s.%n",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        jdk,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        load,
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
  }

  private String jmhSettings() {
    JsonNode s = settings;
    List<String> jvmArgs = new ArrayList<>();
    for (JsonNode arg : s.path("jvmArgs")) {
      jvmArgs.add(arg.asString(""));
    }
    return String.format(
        Locale.ROOT,
        "JMH %s, mode %s, %s thread, `-prof gc`, JVM options %s. Each benchmark method walks %d fixed-seed inputs per invocation, "
            + "so a score is the time of one lookup in a stream of independent lookups. Errors are JMH's 99.9%% confidence "
            + "half-widths; a ratio's error adds the two relative errors in quadrature.%n",
        s.path("jmhVersion").asString(""),
        s.path("mode").asString(""),
        integer(s.path("threads")),
        jvmArgs.isEmpty() ? "none" : "`" + String.join(" ", jvmArgs) + "`",
        4096);
  }

  private static String integer(JsonNode value) {
    double d = number(value);
    return Double.isNaN(d) ? value.asString("") : String.valueOf((long) d);
  }

  /**
   * A number of JMH's or the compile benchmark's JSON; JMH writes an undefined error as the string
   * {@code "NaN"}, and a missing value is NaN too.
   */
  static double number(JsonNode value) {
    if (value.isNumber()) {
      return value.doubleValue();
    }
    try {
      return Double.parseDouble(value.asString(""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private List<String> sets() {
    List<String> sets = new ArrayList<>();
    for (Row row : rows.values()) {
      if (!sets.contains(row.set())) {
        sets.add(row.set());
      }
    }
    return sets;
  }

  /** The settings of a set's benchmarks, or of each when they differ. */
  private String settingsOf(String set) {
    List<String> all = new ArrayList<>();
    for (Row row : rows.values()) {
      if (row.set().equals(set) && !all.contains(row.settings())) {
        all.add(row.settings());
      }
    }
    return String.join("; ", all);
  }

  private Optional<Row> row(String set, String method) {
    return Optional.ofNullable(rows.get(set + "." + method));
  }

  /**
   * Every target of issue 13, met or not, with the measured ratio or value: lookup near the floor,
   * dispatch near the hand-written switch, first use, allocation, and the compile-time targets read
   * from the compile benchmark's results.
   */
  private String targets() {
    StringBuilder md = new StringBuilder("| Target | Measured | Status |\n|---|---|---|\n");
    for (String set : List.of("FtpBenchmark", "Sparse1000Benchmark", "Sparse50000Benchmark")) {
      for (String group : List.of("of", "lookup")) {
        Optional<Row> generated = row(set, group + "_generated");
        Optional<Row> array = row(set, group + "_array");
        if (generated.isPresent() && array.isPresent()) {
          Score r = generated.get().time().over(array.get().time());
          md.append("| `")
              .append(group)
              .append("(int)` within 1.5× of the raw array load, ")
              .append(shortTitle(set))
              .append(group.equals("lookup") ? " (mixed inputs)" : "")
              .append(" | ")
              .append(ratio(r))
              .append(" of the floor | ")
              .append(status(r, 1.5, false))
              .append(" |\n");
        }
      }
    }
    double worst = 0;
    String worstName = "";
    int generated = 0;
    for (Map.Entry<String, Row> entry : rows.entrySet()) {
      Row row = entry.getValue();
      if (row.subject().startsWith("generated") && row.bytes() != null) {
        generated++;
        if (row.bytes().value() >= worst) {
          worst = row.bytes().value();
          worstName = entry.getKey();
        }
      }
    }
    if (generated > 0) {
      md.append(
          String.format(
              Locale.ROOT,
              "| The generated paths allocate 0 B/op | at most %.3f B/op over %d generated benchmarks (%s) | %s |%n",
              worst,
              generated,
              worstName,
              worst < ZERO_BYTES ? "**met**" : "**NOT met**"));
    } else if (!rows.isEmpty()) {
      md.append(
          "| The generated paths allocate 0 B/op | no `gc.alloc.rate.norm` (run with `-prof gc`) | not measured |\n");
    }
    dispatchTargets(md);
    FirstUseRows first = FirstUseRows.parse(firstUse);
    first
        .median("50,000 codes", FirstUseRows.HANDLER)
        .ifPresent(
            ms ->
                md.append(
                    String.format(
                        Locale.ROOT,
                        "| 50,000 codes: loading a class that implements the handler at most 50 ms | %.1f ms | %s |%n",
                        ms,
                        ms <= 50 ? "**met**" : "**NOT met**")));
    first
        .median("50,000 codes", FirstUseRows.VALUES)
        .ifPresent(
            ms ->
                md.append(
                    String.format(
                        Locale.ROOT,
                        "| 50,000 codes: first `values()`, loading the class included, at most 100 ms | %.1f ms | %s |%n",
                        ms,
                        ms <= 100 ? "**met**" : "**NOT met**")));
    Optional<Double> ftpFirst = first.firstUse("FTP (65 codes");
    Optional<Double> plainFirst = first.firstUse("FTP, the same codes as an enum");
    if (ftpFirst.isPresent() && plainFirst.isPresent()) {
      double r = ftpFirst.get() / plainFirst.get();
      md.append(
          String.format(
              Locale.ROOT,
              "| FTP first use (loading and initializing the class + first lookup) within 1.5× of a hand-written enum | %.1f ms against %.1f ms: %.2f× | %s |%n",
              ftpFirst.get(),
              plainFirst.get(),
              r,
              r <= 1.5 ? "**met**" : "**NOT met**"));
    }
    compileCase("FTP")
        .ifPresent(
            c -> {
              double seconds = number(c.path("processorOwn").path("median"));
              md.append(
                  String.format(
                      Locale.ROOT,
                      "| FTP, cold: the processor's own time at most 150 ms | %.0f ms | %s |%n",
                      seconds * 1000,
                      seconds <= 0.150 ? "**met**" : "**NOT met**"));
            });
    Optional<JsonNode> tenThousand = compileCase(10_000);
    tenThousand.ifPresent(
        c -> {
          double median = number(c.path("ratio").path("median"));
          md.append(
              String.format(
                  Locale.ROOT,
                  "| The processor adds at most 15%% over compiling the same sources, 10,000 codes | %+.0f%% (ratio %.2f, pairs %.2f-%.2f) | %s |%n",
                  (median - 1) * 100,
                  median,
                  number(c.path("ratio").path("min")),
                  number(c.path("ratio").path("max")),
                  median <= 1.15 ? "**met**" : "**NOT met**"));
        });
    Optional<JsonNode> fiftyThousand = compileCase(50_000);
    if (tenThousand.isPresent() && fiftyThousand.isPresent()) {
      double per10 = number(tenThousand.get().path("processorOwn").path("median")) / 10_000;
      double per50 = number(fiftyThousand.get().path("processorOwn").path("median")) / 50_000;
      double r = per50 / per10;
      md.append(
          String.format(
              Locale.ROOT,
              "| Still linear at 50,000 codes: the processor's own time per code at most 1.25× that at 10,000 | %.0f µs against %.0f µs per code: %.2f× | %s |%n",
              per50 * 1e6,
              per10 * 1e6,
              r,
              r <= 1.25 ? "**met**" : "**NOT met**"));
    }
    return md.toString();
  }

  /**
   * The dispatch targets. Each row judges the handler the README recommends for hot paths, one from
   * {@code builder()} ({@code dispatch_generatedBuilder}), and quotes an implementation of the
   * interface ({@code dispatch_generated}) in its text, so that neither is hidden. The large sets
   * are compared like with like: built handler with FTP's built handler, interface with FTP's
   * interface. A run without the builder subjects (an older JSON) is judged on the interface.
   */
  private void dispatchTargets(StringBuilder md) {
    Optional<Row> handWritten = row("FtpBenchmark", "dispatch_handWrittenSwitch");
    Optional<Row> ftpBuilt = row("FtpBenchmark", "dispatch_generatedBuilder");
    Optional<Row> ftpInterface = row("FtpBenchmark", "dispatch_generated");
    if (handWritten.isPresent()) {
      dispatchTarget(
          md,
          "FTP `dispatch` within 1.3× of the hand-written `switch`",
          1.3,
          "of the switch",
          "of the switch",
          over(ftpBuilt, handWritten),
          over(ftpInterface, handWritten));
    }
    for (String set : List.of("Sparse1000Benchmark", "Sparse50000Benchmark")) {
      dispatchTarget(
          md,
          shortTitle(set) + ": `dispatch` within 2× of FTP's per call",
          2,
          "of FTP's built handler",
          "of FTP's implementation",
          over(row(set, "dispatch_generatedBuilder"), ftpBuilt),
          over(row(set, "dispatch_generated"), ftpInterface));
    }
  }

  /**
   * One dispatch row: judged on the built handler's ratio when there is one, else on the
   * interface's; the other ratio, when measured, follows in the text.
   */
  private static void dispatchTarget(
      StringBuilder md,
      String target,
      double threshold,
      String builtAgainst,
      String implementedAgainst,
      Optional<Score> built,
      Optional<Score> implemented) {
    Optional<Score> judged = built.isPresent() ? built : implemented;
    if (judged.isEmpty()) {
      return;
    }
    StringBuilder measured = new StringBuilder();
    built.ifPresent(
        r ->
            measured
                .append("handler from `builder()`: ")
                .append(ratio(r))
                .append(' ')
                .append(builtAgainst));
    implemented.ifPresent(
        r ->
            measured
                .append(built.isPresent() ? "; " : "")
                .append("an implementation of the interface: ")
                .append(ratio(r))
                .append(' ')
                .append(implementedAgainst)
                .append(built.isPresent() ? " (not judged)" : ""));
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(status(judged.get(), threshold, false))
        .append(" |\n");
  }

  /** {@code subject ÷ reference} when both were measured. */
  private static Optional<Score> over(Optional<Row> subject, Optional<Row> reference) {
    return subject.isPresent() && reference.isPresent()
        ? Optional.of(subject.get().time().over(reference.get().time()))
        : Optional.empty();
  }

  private static String status(Score r, double threshold, boolean atLeast) {
    boolean met = atLeast ? r.value() >= threshold : r.value() <= threshold;
    boolean straddles = r.value() - r.error() <= threshold && threshold <= r.value() + r.error();
    return (met ? "**met**" : "**NOT met**")
        + (straddles ? " (the error interval crosses the target)" : "");
  }

  /** The compile benchmark's case of this name, such as {@code FTP}. */
  private Optional<JsonNode> compileCase(String name) {
    for (JsonNode kase : cases()) {
      if (name.equals(kase.path("name").asString(""))) {
        return Optional.of(kase);
      }
    }
    return Optional.empty();
  }

  private Optional<JsonNode> compileCase(int codes) {
    for (JsonNode kase : cases()) {
      if ((int) number(kase.path("codes")) == codes
          && !kase.path("name").asString("").startsWith("FTP")) {
        return Optional.of(kase);
      }
    }
    return Optional.empty();
  }

  private String compileTable() {
    StringBuilder md = new StringBuilder(CompileTimeBenchmark.HEADER);
    for (JsonNode k : cases()) {
      String name = k.path("name").asString("");
      md.append(
          CompileTimeBenchmark.row(
              name.equals("FTP")
                  ? "FTP (65 codes, real texts)"
                  : name.equals("FTP, processor warm")
                      ? "FTP, processor loaded once and warmed up"
                      : name,
              (int) number(k.path("runs")),
              stats(k, "withProcessor"),
              stats(k, "processorOwn"),
              stats(k, "javacPartWithProcessor"),
              stats(k, "withoutProcessor"),
              k.path("noOpProcessor").isMissingNode() || k.path("noOpProcessor").isNull()
                  ? null
                  : stats(k, "noOpProcessor"),
              stats(k, "ratio")));
    }
    return md.toString();
  }

  /** The compile benchmark's cases; none when it did not run. */
  private Iterable<JsonNode> cases() {
    return compile == null ? List.of() : compile.path("cases");
  }

  private static CompileTimeBenchmark.Stats stats(JsonNode kase, String key) {
    JsonNode s = kase.path(key);
    return new CompileTimeBenchmark.Stats(
        number(s.path("median")), number(s.path("min")), number(s.path("max")), List.of());
  }

  private static String setTitle(String set) {
    switch (set) {
      case "FtpBenchmark":
        return "FTP reply codes: 65 codes, 110-633, generated as an enum with a direct table";
      case "Sparse1000Benchmark":
        return "1,000 sparse codes, 1,000-37,424: generated as an enum with per-part data holders, direct table (295 KB)";
      case "LocalisedMessageBenchmark":
        return "Localised messages: `message(Locale)` over the FTP set's German translation";
      case "Sparse50000Benchmark":
        return "50,000 sparse codes, 1,000-1,853,453: generated as a class (97 parts of about 515; constants and texts read from resources), direct table: constants in slot `code` (1,853,454 slots) and `Optional`s in slot `code - 1000` (1,852,454), 14.8 MB";
      default:
        return set;
    }
  }

  private static String shortTitle(String set) {
    switch (set) {
      case "FtpBenchmark":
        return "FTP";
      case "Sparse1000Benchmark":
        return "1,000 codes";
      case "Sparse50000Benchmark":
        return "50,000 codes";
      default:
        return set;
    }
  }

  private static String groupTitle(String group, String set) {
    switch (group) {
      case "lookup":
        return "Lookup, mixed inputs (¾ listed codes, ¼ unlisted numbers)";
      case "of":
        return "`of(int)`, listed codes only";
      case "dispatch":
        return "Dispatch, mixed inputs (a handler for 3 codes and 2 series, implemented and built)";
      case "series":
        return "Series classification, any number 0-999";
      case "message":
        return "A code's message in German, every FTP code in turn";
      default:
        return group;
    }
  }

  /** Generated first, then the floor, then the peers from fastest in principle to slowest. */
  private static final List<String> ORDER =
      List.of(
          "generated",
          "generatedBuilder",
          "generatedIsKnown",
          "generatedOfInRange",
          "array",
          "div100Array",
          "commonsNetPredicates",
          "handWrittenSwitch",
          "handWrittenSwitchInteger",
          "switch",
          "switchOneMethod",
          "hashMap",
          "cachedValuesScan",
          "valuesScan",
          "generatedSwissGerman",
          "generatedUntranslated",
          "base",
          "enumMap",
          "resourceBundleGetString",
          "resourceBundleGetBundle");

  private static int order(String subject) {
    int index = ORDER.indexOf(subject);
    return index < 0 ? ORDER.size() : index;
  }

  private static String subjectTitle(Row row, String set) {
    boolean sparse = !set.equals("FtpBenchmark");
    switch (row.subject()) {
      case "generated":
        switch (row.group()) {
          case "lookup":
            return "**generated `lookup(int)`** (`Optional`)";
          case "of":
            return "**generated `of(int)`**";
          case "dispatch":
            return set.equals("Sparse50000Benchmark")
                ? "**generated `XHandler.dispatch(int, handler)`**, an implementation overriding `on`"
                : "**generated `XHandler.dispatch(int, handler)`**, an implementation overriding the"
                    + " codes' methods";
          case "series":
            return "**generated `Series.lookup(int)`**";
          case "message":
            return "**generated `message(Locale.GERMAN)`**";
          default:
            return "**generated**";
        }
      case "generatedBuilder":
        return "**generated `XHandler.dispatch(int, handler)`**, a handler from `builder()`";
      case "generatedIsKnown":
        return "**generated `isKnown(int)`**";
      case "generatedOfInRange":
        return "**generated `Series.of(int)`** (numbers 100-699 only)";
      case "array":
        return "raw `array[code]` load (the floor)";
      case "switch":
        return sparse
            ? "`switch` returning constants, 500-case methods behind a range tree"
            : "`switch` returning constants (protobuf `forNumber`, Netty `valueOf`)";
      case "switchOneMethod":
        return "`switch` returning constants, one method as protobuf generates it (over HugeMethodLimit, interpreted)";
      case "cachedValuesScan":
        return "linear scan of a cached `VALUES` array (Spring `HttpStatus.resolve`)";
      case "valuesScan":
        return "linear scan of `values()` (Spring before 5.3.7; allocates)";
      case "hashMap":
        return "`HashMap<Integer, E>.get` (boxes)";
      case "handWrittenSwitch":
        return "hand-written `switch` on `FtpReplyCodes` + range checks";
      case "handWrittenSwitchInteger":
        return "the same `switch` returning `Integer`s, as a handler's `R` must (not judged)";
      case "commonsNetPredicates":
        return "Apache Commons Net `FTPReply.isPositiveCompletion` etc.";
      case "enumMap":
        return "`EnumMap<FtpReply, String>.get` of the German texts";
      case "base":
        return "generated `message()`, the spec's own text (a field read)";
      case "generatedSwissGerman":
        return "**generated `message(de-CH)`** (falls through to German)";
      case "generatedUntranslated":
        return "**generated `message(Locale.FRENCH)`** (no French: the spec's text)";
      case "resourceBundleGetString":
        return "`ResourceBundle.getString`, the bundle held in a field";
      case "resourceBundleGetBundle":
        return "`ResourceBundle.getBundle(...).getString(...)` per call";
      case "div100Array":
        return "`code / 100` into an array (Netty `HttpStatusClass`)";
      default:
        return row.subject();
    }
  }

  static String format(Score score) {
    return Double.isNaN(score.error())
        ? number(score.value())
        : number(score.value()) + " ± " + number(score.error());
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String ratio(Score r) {
    return Double.isNaN(r.error()) || r.error() == 0
        ? number(r.value()) + "×"
        : number(r.value()) + "× ± " + number(r.error());
  }

  private static String bytes(Score bytes) {
    if (bytes == null) {
      return "—";
    }
    if (bytes.value() < ZERO_BYTES) {
      return bytes.value() < 0.0005 ? "0" : String.format(Locale.ROOT, "≈0 (%.3f)", bytes.value());
    }
    return number(bytes.value());
  }
}
