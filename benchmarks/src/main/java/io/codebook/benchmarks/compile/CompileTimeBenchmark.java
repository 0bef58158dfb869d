package io.codebook.benchmarks.compile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor costs at compile time. For the FTP spec and for synthetic specs of 60, 1,000,
 * 10,000 and 50,000 codes, in one JVM and with javac in-process ({@link ToolProvider}, a new
 * compilation task and file manager every run), it times
 *
 * <ol>
 *   <li><b>with the processor</b>: javac compiles the {@code @Codebook} package-info and generates
 *       and compiles the code set. The processor is loaded by a new class loader every run, as a
 *       build loads it once per compilation, so its code starts cold each time; a wrapper times its
 *       {@code init} and {@code process} calls ("processor own");
 *   <li><b>without</b>: javac compiles the identical sources, the ones the processor generated,
 *       with {@code -proc:none}: what a hand-written equivalent costs.
 * </ol>
 *
 * <p>Besides elapsed times it records the CPU time spent while the processor runs, on javac's
 * thread and in the whole JVM, which a busy machine distorts less (fields {@code processorOwnCpu}
 * and {@code processCpuDuringProcessor} of the JSON).
 *
 * <p>javac itself is warmed first, and the two kinds of run alternate, so JIT warm-up and machine
 * noise fall on both alike. Each case reports the medians and the median of the per-pair ratios.
 *
 * <p>{@code java -cp benchmarks.jar io.codebook.benchmarks.compile.CompileTimeBenchmark --lib DIR
 * --specs DIR --work DIR --out DIR [--runs FTP=9,60=9,1000=7,10000=5,50000=3] [--warmup 3]}
 */
public final class CompileTimeBenchmark {
  private static final String PROCESSOR = "io.codebook.processor.CodebookProcessor";

  /**
   * One spec to compile. {@code warmProcessor}: load the processor once and warm it up first, to
   * show what is class loading and JIT warm-up rather than work.
   */
  record Case(String name, int codes, String spec, int runs, boolean warmProcessor, boolean noOp) {
    /** The package of the case's package-info, and its work directory's name. */
    String dir() {
      return name.startsWith("FTP") ? "ftp" : "sparse" + codes;
    }
  }

  /** Median, minimum and maximum of some samples. */
  public record Stats(double median, double min, double max, List<Double> samples) {
    static Stats of(List<Double> samples) {
      double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int n = sorted.length;
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      return new Stats(median, sorted[0], sorted[n - 1], List.copyOf(samples));
    }
  }

  record Result(
      Case kase,
      Stats with,
      Stats processorOwn,
      Stats processorOwnCpu,
      Stats processCpu,
      Stats javacPart,
      Stats without,
      Stats noOp,
      Stats ratio,
      long generatedBytes,
      int generatedFiles) {}

  private final Path processorJar;
  private final Path annotationsJar;
  private final Path codesSpecJar;
  private final Path specs;
  private final Path work;
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  CompileTimeBenchmark(Path lib, Path specs, Path work) {
    this.processorJar = lib.resolve("codebook-processor.jar");
    this.annotationsJar = lib.resolve("codebook-annotations.jar");
    this.codesSpecJar = lib.resolve("codebook-codes-spec.jar");
    this.specs = specs;
    this.work = work;
    for (Path jar : List.of(processorJar, annotationsJar, codesSpecJar)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException(
            "missing " + jar + " (run the benchmarks build: it copies the jars there)");
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Path lib = Path.of(require(options, "--lib"));
    Path specs = Path.of(require(options, "--specs"));
    Path work = Path.of(require(options, "--work"));
    Path out = Path.of(require(options, "--out"));
    Map<String, Integer> runs = new LinkedHashMap<>();
    for (String entry :
        options.getOrDefault("--runs", "FTP=9,60=9,1000=7,10000=5,50000=3").split(",")) {
      String[] pair = entry.split("=");
      runs.put(pair[0].trim(), Integer.parseInt(pair[1].trim()));
    }
    int warmup = Integer.parseInt(options.getOrDefault("--warmup", "3"));
    int noOpMax = Integer.parseInt(options.getOrDefault("--noop-max", "10000"));

    List<Case> cases = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : runs.entrySet()) {
      if (entry.getKey().equals("FTP")) {
        cases.add(
            new Case(
                "FTP",
                65,
                "io/codebook/codes/ftp-reply.yaml",
                entry.getValue(),
                false,
                65 <= noOpMax));
        cases.add(
            new Case(
                "FTP, processor warm",
                65,
                "io/codebook/codes/ftp-reply.yaml",
                entry.getValue(),
                true,
                false));
      } else {
        int size = Integer.parseInt(entry.getKey());
        cases.add(
            new Case(
                String.format(Locale.ROOT, "%,d codes", size),
                size,
                "bench/sparse-" + size + ".yaml",
                entry.getValue(),
                false,
                size <= noOpMax));
      }
    }
    CompileTimeBenchmark bench = new CompileTimeBenchmark(lib, specs, work);
    List<Result> results = bench.run(cases, warmup);
    Files.createDirectories(out);
    Files.writeString(out.resolve("compile-time.json"), json(results), StandardCharsets.UTF_8);
    String table = markdown(results);
    Files.writeString(out.resolve("compile-time.md"), table, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(table);
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing option " + name);
    }
    return value;
  }

  List<Result> run(List<Case> cases, int warmup) throws IOException {
    long begin = System.nanoTime();
    for (Case kase : cases) {
      deleteTree(dir(kase, "hand-written"));
    }
    // Warm javac's own code, both paths, on the small cases, so that its JIT state is alike for
    // every measured run. The first compilation with the processor also writes the sources that
    // the runs without it compile.
    for (int i = 0; i < warmup; i++) {
      for (Case kase : cases) {
        if (kase.codes() <= 1_000 && !kase.warmProcessor()) {
          compileWithProcessor(kase, newProcessorLoader());
          keepGeneratedSources(kase);
          compileWithoutProcessor(kase);
        }
      }
    }
    log("javac warmed up (%d rounds, %.0f s)", warmup, seconds(System.nanoTime() - begin));
    List<Result> results = new ArrayList<>();
    for (Case kase : cases) {
      URLClassLoader shared = null;
      if (kase.warmProcessor()) {
        shared = newProcessorLoader();
        for (int i = 0; i < 10; i++) {
          compileWithProcessor(kase, shared);
        }
      }
      List<Double> with = new ArrayList<>();
      List<Double> own = new ArrayList<>();
      List<Double> ownCpu = new ArrayList<>();
      List<Double> processCpu = new ArrayList<>();
      List<Double> javacPart = new ArrayList<>();
      List<Double> without = new ArrayList<>();
      List<Double> noOp = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int run = 0; run < kase.runs(); run++) {
        // Alternate which goes first, so that drift (other load, heap growth) falls on both. The
        // large cases are generated by their first measured run, which therefore goes first.
        Timing timing;
        double b;
        if (run % 2 == 0) {
          timing = compileWithProcessor(kase, shared != null ? shared : newProcessorLoader());
          keepGeneratedSources(kase);
          b = compileWithoutProcessor(kase);
        } else {
          b = compileWithoutProcessor(kase);
          timing = compileWithProcessor(kase, shared != null ? shared : newProcessorLoader());
        }
        double c = kase.noOp() ? compileWithNoOpProcessor(kase) : Double.NaN;
        double a = timing.totalSeconds();
        with.add(a);
        own.add(timing.processorSeconds());
        ownCpu.add(timing.processorCpuSeconds());
        processCpu.add(timing.processCpuSeconds());
        javacPart.add(a - timing.processorSeconds());
        without.add(b);
        if (kase.noOp()) {
          noOp.add(c);
        }
        ratios.add(a / b);
        log(
            "%-20s run %d/%d: with processor %.3f s (processor own %.3f s; CPU: javac's thread %.3f s, all threads %.3f s), without %.3f s, no-op processor %.3f s, ratio %.3f",
            kase.name(),
            run + 1,
            kase.runs(),
            a,
            timing.processorSeconds(),
            timing.processorCpuSeconds(),
            timing.processCpuSeconds(),
            b,
            c,
            a / b);
      }
      if (shared != null) {
        shared.close();
      }
      List<Path> generated = sources(dir(kase, "generated"));
      long bytes = 0;
      for (Path file : generated) {
        bytes += Files.size(file);
      }
      results.add(
          new Result(
              kase,
              Stats.of(with),
              Stats.of(own),
              Stats.of(ownCpu),
              Stats.of(processCpu),
              Stats.of(javacPart),
              Stats.of(without),
              noOp.isEmpty() ? null : Stats.of(noOp),
              Stats.of(ratios),
              bytes,
              generated.size()));
    }
    log("done in %.0f s", seconds(System.nanoTime() - begin));
    return results;
  }

  /**
   * Keeps the first generated sources as the hand-written equivalent; later runs must write the
   * same.
   */
  private void keepGeneratedSources(Case kase) throws IOException {
    Path handWritten = dir(kase, "hand-written");
    if (Files.exists(handWritten)) {
      return;
    }
    copyTree(dir(kase, "generated"), handWritten);
    writePackageInfo(kase, handWritten);
  }

  /**
   * One compilation's times. While the processor's {@code init} and {@code process} run: {@code
   * processorCpuSeconds}, the CPU time of javac's thread, which a busy machine inflates far less
   * than the elapsed time but which leaves out work the processor hands to helper threads; {@code
   * processCpuSeconds}, the CPU time of the whole JVM, which includes those helpers and also the
   * JIT compiling the processor's code and the collector.
   */
  record Timing(
      double totalSeconds,
      double processorSeconds,
      double processorCpuSeconds,
      double processCpuSeconds) {}

  private URLClassLoader newProcessorLoader() {
    try {
      return new URLClassLoader(
          "codebook-processor",
          new URL[] {processorJar.toUri().toURL(), annotationsJar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Timing compileWithProcessor(Case kase, URLClassLoader loader) throws IOException {
    Path source = dir(kase, "src");
    writePackageInfo(kase, source);
    Path generated = dir(kase, "generated");
    Path classes = dir(kase, "classes-with");
    deleteTree(generated);
    deleteTree(classes);
    Files.createDirectories(generated);
    Files.createDirectories(classes);
    TimedProcessor processor;
    try {
      processor =
          new TimedProcessor(
              (Processor) loader.loadClass(PROCESSOR).getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + PROCESSOR + " from " + processorJar, e);
    }
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-Acodebook.specPath=" + specs));
    gcQuietly();
    long start = System.nanoTime();
    compile(kase, options, sources(source), List.of(processor));
    long total = System.nanoTime() - start;
    if (!kase.warmProcessor()) {
      loader.close();
    }
    return new Timing(
        seconds(total),
        seconds(processor.nanos),
        seconds(processor.cpuNanos),
        seconds(processor.processCpuNanos));
  }

  private double compileWithoutProcessor(Case kase) throws IOException {
    Path classes = dir(kase, "classes-without");
    deleteTree(classes);
    Files.createDirectories(classes);
    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
    List<Path> files = sources(dir(kase, "hand-written"));
    gcQuietly();
    long start = System.nanoTime();
    compile(kase, options, files, List.of());
    return seconds(System.nanoTime() - start);
  }

  /**
   * javac on the same sources as {@link #compileWithoutProcessor}, but with annotation processing
   * on: a processor that supports no annotation present, so it never runs. What javac itself spends
   * on processing (it keeps doc comments and end positions, enters the sources once per round and
   * scans them for annotations) apart from anything Codebook does.
   */
  private double compileWithNoOpProcessor(Case kase) throws IOException {
    Path classes = dir(kase, "classes-noop");
    deleteTree(classes);
    Files.createDirectories(classes);
    List<Path> files = sources(dir(kase, "hand-written"));
    gcQuietly();
    long start = System.nanoTime();
    compile(kase, List.of("-d", classes.toString()), files, List.of(new NoOpProcessor()));
    return seconds(System.nanoTime() - start);
  }

  /** Supports an annotation that nothing carries. */
  static final class NoOpProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("bench.NoSuchAnnotation");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  private void compile(
      Case kase, List<String> options, List<Path> files, List<Processor> processors)
      throws IOException {
    List<String> all = new ArrayList<>(options);
    all.addAll(
        List.of(
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-implicit:none",
            "-nowarn",
            "-classpath",
            annotationsJar + java.io.File.pathSeparator + codesSpecJar));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files0 =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files0, diagnostics, all, null, files0.getJavaFileObjectsFromPaths(files));
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      boolean ok = task.call();
      List<Diagnostic<? extends JavaFileObject>> errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .collect(Collectors.toList());
      if (!ok || !errors.isEmpty()) {
        throw new IllegalStateException("compiling " + kase.name() + " failed: " + errors);
      }
    }
  }

  private Path dir(Case kase, String what) {
    return work.resolve(kase.dir()).resolve(what);
  }

  private static void writePackageInfo(Case kase, Path root) throws IOException {
    Path file = root.resolve("bench/" + kase.dir() + "/package-info.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "@Codebook(spec = \""
            + kase.spec()
            + "\")\npackage bench."
            + kase.dir()
            + ";\n\nimport io.codebook.annotations.Codebook;\n",
        StandardCharsets.UTF_8);
  }

  private static List<Path> sources(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.sorted().collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else if (path.toString().endsWith(".java")) {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }

  private static void gcQuietly() {
    System.gc();
    System.gc();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[compile-time] " + format + "%n", args);
    System.out.flush();
  }

  static String markdown(List<Result> results) {
    StringBuilder md = new StringBuilder(HEADER);
    for (Result r : results) {
      md.append(
          row(
              r.kase().name(),
              r.kase().runs(),
              r.with(),
              r.processorOwn(),
              r.javacPart(),
              r.without(),
              r.noOp(),
              r.ratio()));
    }
    md.append("\nGenerated sources: ");
    md.append(
        results.stream()
            .filter(r -> !r.kase().warmProcessor())
            .map(
                r ->
                    String.format(
                        Locale.ROOT,
                        "%s %d files, %,d KB",
                        r.kase().name(),
                        r.generatedFiles(),
                        r.generatedBytes() / 1024))
            .collect(Collectors.joining("; ")));
    md.append(".\n");
    md.append(
        "\nCPU time while the processor ran, medians (javac's thread / the whole JVM, helpers, JIT"
            + " and collector included): ");
    md.append(
        results.stream()
            .map(
                r ->
                    String.format(
                        Locale.ROOT,
                        "%s %.3f s / %.3f s",
                        r.kase().name(),
                        r.processorOwnCpu().median(),
                        r.processCpu().median()))
            .collect(Collectors.joining("; ")));
    md.append(".\n");
    return md.toString();
  }

  /** The table's header; {@code Report} renders the same table from the JSON. */
  public static final String HEADER =
      "| Spec | Runs | (a) javac + Codebook | of which the processor's `init` + `process` | of which javac "
          + "| (b) javac alone, same sources | (c) javac + a no-op processor, same sources "
          + "| (a) ÷ (b), median of pairs (min-max) | processor adds |\n"
          + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";

  /** One row: medians, with min-max where it matters. */
  public static String row(
      String name,
      int runs,
      Stats with,
      Stats own,
      Stats javacPart,
      Stats without,
      Stats noOp,
      Stats ratio) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.3f s (%.3f-%.3f) | %.3f s | %.3f s | %.3f s (%.3f-%.3f) | %s | %.2f× (%.2f-%.2f) | %+.0f%% |%n",
        name,
        runs,
        with.median(),
        with.min(),
        with.max(),
        own.median(),
        javacPart.median(),
        without.median(),
        without.min(),
        without.max(),
        noOp == null || Double.isNaN(noOp.median())
            ? "—"
            : String.format(
                Locale.ROOT, "%.3f s (%.3f-%.3f)", noOp.median(), noOp.min(), noOp.max()),
        ratio.median(),
        ratio.min(),
        ratio.max(),
        (ratio.median() - 1) * 100);
  }

  static String json(List<Result> results) {
    StringBuilder json = new StringBuilder("{\n  \"cases\": [\n");
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      json.append("    {\"name\": \"")
          .append(r.kase().name())
          .append("\", \"codes\": ")
          .append(r.kase().codes())
          .append(", \"spec\": \"")
          .append(r.kase().spec())
          .append("\", \"runs\": ")
          .append(r.kase().runs())
          .append(", \"processorWarm\": ")
          .append(r.kase().warmProcessor())
          .append(", \"generatedFiles\": ")
          .append(r.generatedFiles())
          .append(", \"generatedBytes\": ")
          .append(r.generatedBytes())
          .append(",\n     \"withProcessor\": ")
          .append(stats(r.with()))
          .append(",\n     \"processorOwn\": ")
          .append(stats(r.processorOwn()))
          .append(",\n     \"processorOwnCpu\": ")
          .append(stats(r.processorOwnCpu()))
          .append(",\n     \"processCpuDuringProcessor\": ")
          .append(stats(r.processCpu()))
          .append(",\n     \"javacPartWithProcessor\": ")
          .append(stats(r.javacPart()))
          .append(",\n     \"withoutProcessor\": ")
          .append(stats(r.without()))
          .append(",\n     \"noOpProcessor\": ")
          .append(r.noOp() == null ? "null" : stats(r.noOp()))
          .append(",\n     \"ratio\": ")
          .append(stats(r.ratio()))
          .append("}")
          .append(i + 1 < results.size() ? ",\n" : "\n");
    }
    return json.append("  ]\n}\n").toString();
  }

  private static String stats(Stats s) {
    return String.format(
        Locale.ROOT,
        "{\"median\": %.6f, \"min\": %.6f, \"max\": %.6f, \"samples\": [%s]}",
        s.median(),
        s.min(),
        s.max(),
        s.samples().stream()
            .map(v -> String.format(Locale.ROOT, "%.6f", v))
            .collect(Collectors.joining(", ")));
  }

  /**
   * Passes everything to the real processor, adding up the time spent in {@code init} and {@code
   * process}.
   */
  static final class TimedProcessor implements Processor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Processor delegate;
    long nanos;
    long cpuNanos;
    long processCpuNanos;

    TimedProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      long start = System.nanoTime();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long processCpu = PROCESS.getProcessCpuTime();
      delegate.init(environment);
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
      processCpuNanos += PROCESS.getProcessCpuTime() - processCpu;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long processCpu = PROCESS.getProcessCpuTime();
      boolean claimed = delegate.process(annotations, round);
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
      processCpuNanos += PROCESS.getProcessCpuTime() - processCpu;
      return claimed;
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
