/**
 * A consumer of Codebook: the shipped FTP set and a set of its own, both implementing {@link
 * Coded}.
 */
@Codebook(spec = "io/codebook/codes/ftp-reply.yaml", implement = Coded.class)
@Codebook(spec = "com/example/shop/shop-errors.yaml", implement = Coded.class)
package com.example.ftp;

import io.codebook.annotations.Codebook;
