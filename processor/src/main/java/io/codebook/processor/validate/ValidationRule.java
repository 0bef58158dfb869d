package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.RawSpec;

/**
 * One check of a raw spec. A rule reports every violation it finds and tolerates fields that are
 * missing or mistyped, since those were already reported while reading.
 */
interface ValidationRule {
  void check(RawSpec spec, Problems problems);
}
