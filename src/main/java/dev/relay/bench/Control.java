package dev.relay.bench;

/** What a server line that is not a room message means to a bench connection. */
enum Control {
  /** Relay asks for the alias. */
  PROMPT,
  /** The alias (nick) was accepted: Relay's welcome, IRC's 001. */
  REGISTERED,
  /** The connection is in its room: Relay's {@code * You are now in room}, IRC's 366 end of names. */
  JOINED,
  /** IRC keep-alive that must be answered. */
  PING,
  /** The server refused something: Relay's {@code ! } lines, IRC's ERROR and error numerics. */
  REFUSAL,
  /** Anything else: join and leave notices, MOTD, names lists. */
  OTHER
}
