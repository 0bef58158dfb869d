#!/usr/bin/env bash
# Runs the whole Codebook benchmark suite and writes benchmarks/target/results/results.md.
# See BENCHMARKS.md.
#
#   benchmarks/run.sh                 build, then the full suite (about 14 minutes on 2 quiet cores,
#                                     plus about 5 minutes of build the first time)
#   benchmarks/run.sh --smoke         build, then everything once with tiny settings (proves it works)
#   benchmarks/run.sh --no-build ...  reuse benchmarks/target/benchmarks.jar
#   benchmarks/run.sh -- REGEX ...    pass the rest to JMH (e.g. a benchmark regex); still runs the rest
#
# Environment: JMH_OPTS replaces the JMH settings (default: those of the @Warmup/@Measurement/@Fork
# annotations); COMPILE_RUNS the compile-time runs per spec (default "FTP=9,60=9,1000=7,10000=5,50000=1");
# COMPILE_JAVA_OPTS the compile-time benchmark's JVM options (default "-Xms6g -Xmx6g -XX:+UseParallelGC");
# SKIP_COMPILE=1 / SKIP_JMH=1 leave a part out.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build=1
smoke=0
jmh_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --no-build) build=0 ;;
    --) shift; jmh_extra=("$@"); break ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$smoke" = 1 ]; then
  default_jmh="-f 1 -wi 1 -w 1s -i 1 -r 1s"
  default_runs="FTP=2,60=2,1000=2,10000=1,50000=1"
  warmup=1
  label="SMOKE RUN (1 warm-up and 1 measurement iteration of 1 s, 1-2 compile runs: proves the suite works; the numbers are not results)"
else
  # The annotations: 1 fork; 3 warm-up iterations of 1 s (6 for the 50,000-code set, whose 97
  # part classes take C2 seconds to compile) and 5 measurement iterations of 1 s.
  default_jmh=""
  default_runs="FTP=9,60=9,1000=7,10000=5,50000=1"
  warmup=3
  label="Full run"
fi
jmh_opts="${JMH_OPTS:-$default_jmh}"
compile_runs="${COMPILE_RUNS:-$default_runs}"
compile_java_opts="${COMPILE_JAVA_OPTS:--Xms6g -Xmx6g -XX:+UseParallelGC}"
phase() { echo "== $1 ($(( $(date +%s) - start )) s since start)"; }

jar="$here/target/benchmarks.jar"
out="$here/target/results"
start=$(date +%s)

if [ "$build" = 1 ]; then
  phase "building (mvn -Pbenchmarks -pl benchmarks -am package; compiling the 50,000-code set takes minutes)"
  (cd "$root" && mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests)
fi
mkdir -p "$out"
{
  echo "command: $0 $*"
  echo "jmh: ${jmh_opts:-(annotations)} -prof gc ${jmh_extra[*]:-}"
  echo "compile runs: $compile_runs, javac warm-up rounds: $warmup, JVM: $compile_java_opts"
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  java -version 2>&1
  echo "load before: $(cat /proc/loadavg 2>/dev/null || uptime)"
} > "$out/environment.txt"
cat "$out/environment.txt"

if [ "${SKIP_JMH:-0}" != 1 ]; then
  phase "JMH: every benchmark, with -prof gc"
  # shellcheck disable=SC2086
  java -jar "$jar" $jmh_opts -prof gc -rf json -rff "$out/jmh.json" ${jmh_extra[@]+"${jmh_extra[@]}"} | tee "$out/jmh.txt"
  phase "JMH diagnostic: the one-method 1,000-case switch with huge methods JIT-compiled"
  # shellcheck disable=SC2086
  java -jar "$jar" 'Sparse1000Benchmark\.(lookup|of)_switchOneMethod' $jmh_opts \
    -jvmArgsAppend -XX:-DontCompileHugeMethods -rf json -rff "$out/jmh-huge-methods.json" | tee "$out/jmh-huge-methods.txt"
fi

if [ "${SKIP_JMH:-0}" != 1 ]; then
  phase "first use: class initialization, index, handler class loading (a fresh JVM per run)"
  : > "$out/first-use.md"
  # One cold start is one noisy sample: several fresh JVMs per set, alternating FTP and its plain
  # enum peer; the report takes medians.
  if [ "$smoke" = 1 ]; then first_runs=1; else first_runs=7; fi
  for _ in $(seq "$first_runs"); do
    for set in ftp ftp-enum; do
      java -cp "$jar" io.codebook.benchmarks.FirstUse "$set" | tee -a "$out/first-use.md"
    done
  done
  for _ in $(seq $(( (first_runs + 1) / 2 ))); do
    for set in 1000 50000; do
      java -cp "$jar" io.codebook.benchmarks.FirstUse "$set" | tee -a "$out/first-use.md"
    done
  done
  # Most of the 50,000-code set's first values() is loading its 97 part interfaces. A JVM can
  # keep loaded classes in an application class-data sharing archive (JDK 13 and later: one run
  # with -XX:ArchiveClassesAtExit writes it); this row shows what that leaves for the user's part.
  cds="$out/first-use-50000.jsa"
  if java -XX:ArchiveClassesAtExit="$cds" -cp "$jar" io.codebook.benchmarks.FirstUse 50000 >/dev/null 2>&1 \
    && [ -s "$cds" ]; then
    for _ in $(seq $(( (first_runs + 1) / 2 ))); do
      java -XX:SharedArchiveFile="$cds" -Xshare:on -cp "$jar" io.codebook.benchmarks.FirstUse 50000 \
        "With an AppCDS archive: " | tee -a "$out/first-use.md"
    done
  else
    echo "no AppCDS archive could be written; the first-use row with one is left out"
  fi
fi

if [ "${SKIP_COMPILE:-0}" != 1 ]; then
  phase "compile time: javac with the processor against javac on the same generated sources"
  # shellcheck disable=SC2086
  java $compile_java_opts -cp "$jar" io.codebook.benchmarks.compile.CompileTimeBenchmark \
    --lib "$here/target/compile-bench-lib" --specs "$here/target/generated-specs" \
    --work "$here/target/compile-bench-work" --out "$out" \
    --runs "$compile_runs" --warmup "$warmup" | tee "$out/compile-time.txt"
fi

echo "load after: $(cat /proc/loadavg 2>/dev/null || uptime)" >> "$out/environment.txt"
phase "report"
java -cp "$jar" io.codebook.benchmarks.report.Report \
  --jmh "$out/jmh.json" --diagnostic "$out/jmh-huge-methods.json" --first-use "$out/first-use.md" \
  --compile "$out/compile-time.json" \
  --label "$label; JMH ${jmh_opts:-settings of the annotations} -prof gc; compile-time runs $compile_runs" --out "$out/results.md"
echo
echo "Results: $out/results.md (raw: jmh.json, jmh.txt, compile-time.json, environment.txt)."
echo "Total time: $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s"
