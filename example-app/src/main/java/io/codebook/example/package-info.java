/**
 * ftp-doctor: explains FTP reply codes and Winsock errors, annotates FTP transcripts and diagnoses
 * FTP servers, with the types Codebook generates from the FTP and Winsock specs into this package.
 *
 * <p>The generated {@link io.codebook.example.FtpReplyHandler} routes replies to explanations
 * ({@code explain}) and to diagnoses ({@code diagnose}); {@link
 * io.codebook.example.WinsockErrorHandler} does the same for network failures. The probe ({@code
 * probe}) and the transcript reader ({@code transcript}) read replies with one parser, in {@code
 * ftp}. The command line is in {@code cli}, the output formats in {@code format}. Both generated
 * sets implement {@link io.codebook.example.KnownCode}, so explanations take a code of either.
 */
@Codebook(spec = "io/codebook/codes/ftp-reply.yaml", implement = KnownCode.class)
@Codebook(spec = "io/codebook/codes/winsock.yaml", implement = KnownCode.class)
package io.codebook.example;

import io.codebook.annotations.Codebook;
