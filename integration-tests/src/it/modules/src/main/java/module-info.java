/** The common consumer as a named module, as the README's "Java modules" section shows it. */
module com.example.ftp {
  requires static io.codebook.annotations;
}
