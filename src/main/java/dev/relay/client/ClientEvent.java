package dev.relay.client;

/** What the client loop reacts to; posted by the socket reader and the input pump, taken by the loop. */
sealed interface ClientEvent {

  /** A line from {@code link}, without its CRLF. */
  record ServerSaid(ServerLink link, String line) implements ClientEvent {
  }

  /** {@code link} is closed, by either side; posted once, after its last line. */
  record LinkClosed(ServerLink link) implements ClientEvent {
  }

  /** A line the user typed or a script gave. */
  record UserTyped(String line) implements ClientEvent {
  }

  /** End of input: end of stdin, Ctrl-D or Ctrl-C. */
  record InputEnded() implements ClientEvent {
  }

  /** How a {@code /send} or {@code /get} is going; posted from Vert.x's threads. */
  record FileNews(FileTransfers.News news) implements ClientEvent {
  }
}
