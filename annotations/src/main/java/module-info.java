/**
 * The {@code @Codebook} annotation. Modular consumers need it only to compile: {@code requires
 * static io.codebook.annotations;}.
 */
module io.codebook.annotations {
  exports io.codebook.annotations;
}
