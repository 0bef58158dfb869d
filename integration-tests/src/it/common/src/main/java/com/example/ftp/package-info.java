/** A consumer of Codebook: the shipped FTP set and a set of its own. */
@Codebook(spec = "io/codebook/codes/ftp-reply.yaml")
@Codebook(spec = "com/example/shop/shop-errors.yaml")
package com.example.ftp;

import io.codebook.annotations.Codebook;
