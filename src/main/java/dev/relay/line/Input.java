package dev.relay.line;

/** What one decoded input line means. */
public sealed interface Input {

  /** Empty or all blank: ignored. */
  record Blank() implements Input {
  }

  /** Chat text for the current room. */
  record Text(String text) implements Input {
  }

  record Invoke(CommandSpec spec, Command command) implements Input {
  }

  record Unknown(String word) implements Input {
  }

  record BadUsage(CommandSpec spec) implements Input {
  }
}
