package dev.relay.line;

import dev.relay.bus.Rank;

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
 * @param rank        the least rank that may use it; {@code /help} lists a member only what its rank allows
 */
public record CommandSpec(String name, String params, String summary, boolean beforeAlias,
    Function<String, Command> parser, Rank rank) {

  /** A command for everyone. */
  public CommandSpec(String name, String params, String summary, boolean beforeAlias,
      Function<String, Command> parser) {
    this(name, params, summary, beforeAlias, parser, Rank.GUEST);
  }

  public String usage() {
    return params.isEmpty() ? "/" + name : "/" + name + " " + params;
  }
}
