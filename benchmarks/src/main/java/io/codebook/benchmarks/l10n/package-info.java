/**
 * Benchmarks of the localised API over the shipped FTP reply set, generated in {@code
 * io.codebook.benchmarks.ftp}, with its German translation: {@code message(Locale)} against the
 * plain {@code message()} and against the JDK's {@code ResourceBundle} and a map holding the same
 * German texts.
 */
package io.codebook.benchmarks.l10n;
