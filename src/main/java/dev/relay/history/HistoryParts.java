package dev.relay.history;

import dev.relay.store.HistoryStore;
import dev.relay.store.MailboxStore;

/**
 * What a node's hub keeps history with.
 *
 * @param store     where lines are kept
 * @param mailbox   where private messages wait for accounts that are away
 * @param sequencer who numbers rooms' lines: this node alone, or the cluster's shared counters
 * @param timers    the hub context's timers
 */
public record HistoryParts(HistoryConfig config, HistoryStore store, MailboxStore mailbox, RoomSequencer sequencer,
    Timers timers) {

  /** Nothing kept: lines are numbered on this node alone and only told. */
  public static final HistoryParts NONE = new HistoryParts(HistoryConfig.OFF, NoStore.INSTANCE, NoStore.INSTANCE,
      RoomSequencer.ALONE, NoStore.INSTANCE);
}
