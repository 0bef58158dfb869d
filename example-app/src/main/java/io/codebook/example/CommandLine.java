package io.codebook.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command, split into options and operands.
 *
 * <p>Options are written {@code --name value} or {@code --name=value}; each takes a value and may be
 * given once. Anything else is an operand, including negative numbers such as {@code -1}.
 */
public final class CommandLine {
  private final Map<String, String> options;
  private final List<String> operands;

  private CommandLine(Map<String, String> options, List<String> operands) {
    this.options = options;
    this.operands = operands;
  }

  /**
   * Splits a command's arguments.
   *
   * @param args the arguments after the command's name
   * @param knownOptions the names of the options the command takes, without the leading dashes
   * @return the options and operands
   * @throws UsageException for an unknown option, a missing value or an option given twice
   */
  public static CommandLine parse(List<String> args, Set<String> knownOptions)
      throws UsageException {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        operands.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.substring(2, equals < 0 ? arg.length() : equals);
      if (!knownOptions.contains(name)) {
        throw new UsageException("unknown option '" + arg + "'");
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("option --" + name + " needs a value");
      }
      if (options.putIfAbsent(name, value) != null) {
        throw new UsageException("option --" + name + " is given more than once");
      }
    }
    return new CommandLine(
        Collections.unmodifiableMap(options), Collections.unmodifiableList(operands));
  }

  /**
   * The value of an option.
   *
   * @param name the option's name, without the leading dashes
   * @return the value, or empty if the option was not given
   */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /**
   * The arguments that are not options, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> operands() {
    return operands;
  }
}
