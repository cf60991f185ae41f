package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.MemberId;
import dev.relay.store.MailboxStore;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Private messages to a registered account that nobody holds: kept in the store (at most {@code size} per account)
 * and handed to the account's holder when it next logs in, on whichever node. Confined to the hub's context.
 */
final class Mailboxes {

  private static final Logger LOG = LoggerFactory.getLogger(Mailboxes.class);

  private final MailboxStore store;
  private final Registrations registrations;
  private final EdgeLink edges;
  private final Clock clock;
  private final int size;

  Mailboxes(MailboxStore store, Registrations registrations, EdgeLink edges, Clock clock, int size) {
    this.store = store;
    this.registrations = registrations;
    this.edges = edges;
    this.clock = clock;
    this.size = size;
  }

  /** Whether {@code alias} is an account whose messages are kept while it is away. */
  boolean keepsFor(String alias) {
    return size > 0 && registrations.registered(Names.key(alias));
  }

  /** Keeps {@code from}'s message for {@code to}; the sender hears whether it was kept. */
  void keep(MemberId sender, String from, String to, String text, boolean notice) {
    store.keep(Names.key(to), from, text, notice, clock.instant(), size).onComplete(kept -> {
      if (notice) {
        return;
      }
      if (kept.failed()) {
        LOG.warn("[{}] A message for {} could not be kept: {}", sender, to, kept.cause().toString());
        edges.tell(sender, new ChatEvent.Refused(Refusal.STORE_UNAVAILABLE, to));
      } else {
        edges.tell(sender, kept.result() ? new ChatEvent.KeptForLater(to) : new ChatEvent.Refused(Refusal.MAILBOX_FULL,
            to));
      }
    });
  }

  /** Hands the member, just logged in as {@code alias}, what was kept for it, then empties its mailbox. */
  void deliver(MemberId member, String alias) {
    String key = Names.key(alias);
    store.waiting(key).onSuccess(kept -> {
      if (kept.isEmpty()) {
        return;
      }
      List<ChatEvent.PrivateMessage> messages = kept.stream()
          .map(m -> new ChatEvent.PrivateMessage(m.from(), m.at(), m.text(), m.notice())).toList();
      edges.tell(member, new ChatEvent.Mailbox(messages));
      store.delivered(key, kept.get(kept.size() - 1).id())
          .onFailure(e -> LOG.warn("[{}] Delivered messages for {} not deleted: {}", member, alias, e.toString()));
    }).onFailure(e -> LOG.warn("[{}] The messages kept for {} could not be read: {}", member, alias, e.toString()));
  }
}
