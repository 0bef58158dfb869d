package io.codebook.processor.testing;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.Outcome;
import java.util.List;
import java.util.Optional;

/** Model codes with nothing but a number, for tests of layouts and lookup plans. */
public final class PlainCodes {
  private PlainCodes() {}

  /** Code {@code n}, named {@code Cn}, a success in no series or group. */
  public static Code of(int n) {
    return new Code(
        n,
        "C" + n,
        "m",
        "",
        List.of(),
        List.of(),
        Outcome.SUCCESS,
        Optional.empty(),
        Optional.empty(),
        true,
        List.of(),
        List.of(),
        "onC" + n);
  }
}
