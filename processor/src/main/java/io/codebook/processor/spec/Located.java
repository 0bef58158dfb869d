package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Position;

/**
 * A value read from the spec together with the place it was written, so that later checks can point
 * at it.
 *
 * @param value the value
 * @param position where the value's node starts
 * @param <T> the value's type
 */
public record Located<T>(T value, Position position) {}
