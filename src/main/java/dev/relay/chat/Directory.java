package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.MemberInfo;
import io.vertx.core.Future;
import java.util.List;

/**
 * Requests that find a member by alias: a private message (kept for later for an account nobody holds, by
 * {@link Mailboxes}), and what the chat knows of someone. The roster
 * answers at once; a member it does not know yet (it joined another node a moment ago, or is in no room) is
 * looked up in the alias registry, which knows every alias as soon as it is claimed. Confined to the hub's
 * context.
 */
final class Directory {

  private final Roster roster;
  private final AliasRegistry aliases;
  private final Membership membership;
  private final EdgeLink edges;
  private final Stamps stamps;
  private final Mailboxes mailboxes;

  Directory(Roster roster, AliasRegistry aliases, Membership membership, EdgeLink edges, Stamps stamps,
      Mailboxes mailboxes) {
    this.mailboxes = mailboxes;
    this.roster = roster;
    this.aliases = aliases;
    this.membership = membership;
    this.edges = edges;
    this.stamps = stamps;
  }

  void whisper(MemberId from, String alias, HubRequest.Whisper whisper) {
    String to = whisper.alias();
    holderOf(to).onSuccess(id -> {
      if (id == null) {
        if (mailboxes.keepsFor(to)) {
          mailboxes.keep(from, alias, to, whisper.text(), whisper.notice());
        } else if (!whisper.notice()) {
          edges.tell(from, new ChatEvent.Refused(Refusal.NO_SUCH_ALIAS, to));
        }
        return;
      }
      membership.tell(id, new ChatEvent.PrivateMessage(alias, stamps.now(), whisper.text(), whisper.notice()));
      MemberInfo shown = roster.infoOf(id);
      edges.tell(from, shown == null ? new ChatEvent.PrivateMessageSent(to, whisper.text(), "")
          : new ChatEvent.PrivateMessageSent(shown.alias(), whisper.text(), shown.away()));
    });
  }

  /** A member in no room is not in the roster of other nodes: it is online, with nothing more known. */
  void whois(MemberId from, String alias) {
    holderOf(alias).onSuccess(id -> {
      if (id == null || !roster.contains(id)) {
        MemberInfo bare = id == null ? null : new MemberInfo(alias, alias, alias, "");
        edges.tell(from, new ChatEvent.Profile(alias, id != null, bare, List.of()));
        return;
      }
      List<String> rooms = roster.roomsOf(id).stream().map(roster::nameOf).toList();
      edges.tell(from, new ChatEvent.Profile(roster.aliasOf(id), true, roster.infoOf(id), rooms));
    });
  }

  /** The member holding {@code alias}, on any node, or null when nobody does. */
  Future<MemberId> holderOf(String alias) {
    MemberId known = roster.find(alias);
    return known != null ? Future.succeededFuture(known) : aliases.ownerOf(alias);
  }
}
