/**
 * Benchmarks over the shipped FTP reply set: 65 codes from 110 to 633, which the processor looks up
 * through a direct table ({@code code - 110}).
 */
@Codebook(spec = "io/codebook/codes/ftp-reply.yaml")
package io.codebook.benchmarks.ftp;

import io.codebook.annotations.Codebook;
