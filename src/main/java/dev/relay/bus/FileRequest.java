package dev.relay.bus;

/**
 * What a connection asks of its node's file service ({@link Addresses#FILES}), answered with a {@link FileReply}.
 */
public sealed interface FileRequest {

  /** An upload token for the member chatting as {@code alias} (its account, when {@code loggedIn}). */
  record Grant(String alias, boolean loggedIn) implements FileRequest {
  }

  /** What is known of the file {@code id}, to share it in a room. */
  record Describe(String id) implements FileRequest {
  }
}
