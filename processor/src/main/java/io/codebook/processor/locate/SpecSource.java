package io.codebook.processor.locate;

/**
 * A spec's text and where it was found.
 *
 * @param path the spec path as the annotation names it
 * @param location a description of where it was read, for messages
 * @param text the whole file, decoded as UTF-8, without a byte-order mark
 */
public record SpecSource(String path, String location, String text) {}
