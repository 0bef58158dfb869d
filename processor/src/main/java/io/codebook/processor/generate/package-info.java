/**
 * Java code generation: the model of one code set in, JavaPoet files out. {@link
 * io.codebook.processor.generate.CodeSetGenerator} decides the set's {@code Layout} once (enum or
 * enum-like class with parts, and the lookup table) and hands it to one generator per construct:
 * {@code TypeGenerator}, {@code ConstantsGenerator}, {@code HandlerGenerator}, {@code
 * PartsGenerator} and the generators of the nested types. Generators never call each other; what
 * several need (a code's properties and constructor arguments, the handler's methods, lookup
 * methods) lives in small building blocks such as {@code CodeProperties} and {@code
 * HandlerMethods}.
 */
package io.codebook.processor.generate;
