package dev.relay.line;

import java.util.function.Function;

/**
 * One row of the command table.
 *
 * @param name        the command word, lower case, without '/'
 * @param params      how its parameters read in help and usage lines, e.g. {@code "ALIAS TEXT"}
 * @param summary     one line of help
 * @param beforeAlias whether it is allowed before the handshake finished
 * @param parser      turns the text after the command word (trimmed, maybe empty) into the command, or null
 *                    when the arguments do not fit {@code params}
 */
public record CommandSpec(
    String name, String params, String summary, boolean beforeAlias, Function<String, Command> parser) {

  public String usage() {
    return params.isEmpty() ? "/" + name : "/" + name + " " + params;
  }
}
