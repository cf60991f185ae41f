package dev.relay.history;

import dev.relay.store.HistoryStore;
import dev.relay.store.MailboxStore;

/** What a server keeps history with, before its hub gives it timers and a sequencer. */
public record HistorySetup(HistoryConfig config, HistoryStore store, MailboxStore mailbox) {

  /** History in memory only: a server without a store (tests of the chat alone). */
  public static HistorySetup inMemory(HistoryConfig config) {
    return new HistorySetup(config, NoStore.INSTANCE, NoStore.INSTANCE);
  }

  public HistoryParts parts(RoomSequencer sequencer, Timers timers) {
    return new HistoryParts(config, store, mailbox, sequencer, timers);
  }
}
