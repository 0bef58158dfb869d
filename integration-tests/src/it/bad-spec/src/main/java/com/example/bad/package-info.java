/** A consumer whose spec has a mistake: the build must fail and point at the spec's line. */
@Codebook(spec = "com/example/bad/bad-codes.yaml")
package com.example.bad;

import io.codebook.annotations.Codebook;
