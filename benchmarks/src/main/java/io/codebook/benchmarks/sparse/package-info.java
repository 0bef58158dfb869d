/**
 * Benchmarks over synthetic sets of 1,000 and 50,000 sparse codes (mean gap 37), which the
 * processor generates as an enum with per-part data holders and as a class, both looked up through
 * a direct table (BENCHMARKS.md, "Lookup shapes"). The specs are written at build time by {@code
 * src/build/GenerateSources.java}.
 */
@Codebook(spec = "bench/sparse-1000.yaml")
@Codebook(spec = "bench/sparse-50000.yaml")
package io.codebook.benchmarks.sparse;

import io.codebook.annotations.Codebook;
