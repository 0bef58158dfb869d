/**
 * ftp-doctor: explains FTP reply codes and Winsock errors, annotates FTP transcripts and diagnoses FTP
 * servers, with the types Codebook generates from the FTP and Winsock specs.
 *
 * <p>The generated {@link io.codebook.example.FtpReplyHandler} routes replies to explanations
 * ({@link io.codebook.example.FtpReplyExplainer}) and to diagnoses
 * ({@link io.codebook.example.DiagnosisHandler}); {@link io.codebook.example.WinsockErrorHandler} does
 * the same for network failures ({@link io.codebook.example.NetworkDiagnosisHandler}). The probe
 * ({@link io.codebook.example.FtpProbe}) and the transcript reader
 * ({@link io.codebook.example.TranscriptParser}) read replies with one parser,
 * {@link io.codebook.example.ReplyAssembler}.
 */
@Codebook(spec = "io/codebook/codes/ftp-reply.yaml")
@Codebook(spec = "io/codebook/codes/winsock.yaml")
package io.codebook.example;

import io.codebook.annotations.Codebook;
