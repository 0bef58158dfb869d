package golden.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A reply of any code set, for the golden cases whose generated types implement an interface
 * ({@code @Codebook(implement = SharedReply.class)}). It lives in a package of its own, as a user's
 * shared interface would, and asks for each kind of return type the processor has to match: the
 * generated one exactly, a supertype of it, a nested generated type through a nested interface, and
 * a generated type inside a type argument.
 */
public interface SharedReply {
  /**
   * The number.
   *
   * @return the code
   */
  int code();

  /**
   * The constant's name, which an enum inherits.
   *
   * @return the name
   */
  String name();

  /**
   * The short text.
   *
   * @return the message
   */
  String message();

  /**
   * Other texts sent with the code; the generated {@code List} is a {@code Collection}.
   *
   * @return the variants
   */
  Collection<String> variants();

  /**
   * The series, as the nested interface that the generated {@code Series} implements.
   *
   * @return the series
   */
  Series series();

  /**
   * The group, as any enum: the generated {@code Group} implements nothing of ours.
   *
   * @return the group
   */
  Enum<?> group();

  /**
   * Other meanings, in a list of the generated {@code Alias}.
   *
   * @return the aliases
   */
  List<? extends Alias> aliases();

  /**
   * What the code says about the request.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * Whether the code reports an error.
   *
   * @return {@code true} for a transient or permanent outcome
   */
  boolean isError();

  /**
   * A default method needs no generated counterpart.
   *
   * @return the code and the message
   */
  default String line() {
    return code() + " " + message();
  }

  /** A series of any code set; the generated {@code Series} implements it. */
  interface Series {
    /**
     * The lowest code.
     *
     * @return the first code of the range
     */
    int first();

    /**
     * The series' title.
     *
     * @return the title
     */
    String title();

    /**
     * The outcome of the series' codes.
     *
     * @return the outcome
     */
    Outcome outcome();

    /**
     * Whether a number lies in the series, a generated method with a parameter.
     *
     * @param code any number
     * @return whether the number is in the range
     */
    boolean contains(int code);
  }

  /** Another meaning of a code; the generated {@code Alias} implements it. */
  interface Alias {
    /**
     * The alias's constant name.
     *
     * @return the name
     */
    String name();

    /**
     * The reply the alias names, as any shared reply.
     *
     * @return the primary constant
     */
    SharedReply primary();
  }

  /** An outcome; the generated {@code Outcome} enum implements it. */
  interface Outcome {
    /**
     * The outcome's name, which an enum inherits.
     *
     * @return the name
     */
    String name();

    /**
     * Whether the outcome is an error.
     *
     * @return {@code true} for transient and permanent
     */
    boolean isError();
  }

  /** Not named like a generated type, so nothing implements it and nothing is checked. */
  interface Unused {
    /**
     * A method no generated type has.
     *
     * @return nothing
     */
    Optional<String> nothing();
  }
}
