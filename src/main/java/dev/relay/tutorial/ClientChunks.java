package dev.relay.tutorial;

import java.util.ArrayList;
import java.util.List;

/**
 * What one chunk from the tutorial's client means: the client sends {@code ALIAS: TEXT} for each line its user
 * types, with no line end, so TCP may deliver two sends as one chunk. A chunk is cut where the client's own
 * prefix starts again, and at any line end a client sends anyway; the prefix itself is dropped, because the
 * server names the sender (others see {@code alice: hi}, never {@code alice: alice: hi}). Plain Java.
 */
final class ClientChunks {

  private ClientChunks() {
  }

  /** The messages in {@code chunk}, without the client's {@code alias: } prefix; blank ones left out. */
  static List<String> messages(String chunk, String alias) {
    String prefix = alias + ": ";
    List<String> messages = new ArrayList<>();
    for (String line : chunk.split("\r?\n")) {
      int start = 0;
      while (start < line.length()) {
        int next = line.indexOf(prefix, start + 1);
        int end = next < 0 ? line.length() : next;
        String message = line.substring(start, end);
        if (message.startsWith(prefix)) {
          message = message.substring(prefix.length());
        }
        if (!message.isBlank()) {
          messages.add(message);
        }
        start = end;
      }
    }
    return messages;
  }
}
