package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * The events meant for one IRC client alone (replies, private messages, its own joins and leaves) in its words:
 * numerics that name its nick, or the room lines its dialect writes. Each kind of answer goes to the class that
 * knows it: {@link Listings}, {@link IrcHistory} (history, kept messages, and the refusals of its requests),
 * {@link IrcRefusals}, {@link IrcModeration}, {@link IrcRoomReplies}.
 */
final class PersonalEvents {

  private PersonalEvents() {
  }

  static void render(IrcSession session, IrcDialect dialect, ChatEvent event, Buffer out) {
    String nick = session.nick();
    if (event instanceof ChatEvent.PrivateMessage message) {
      dialect.renderPrivate(message, nick, out);
    } else if (event instanceof ChatEvent.EnteredRoom entered) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(nick), "JOIN", IrcDialect.channel(entered.room())));
    } else if (event instanceof ChatEvent.Members members) {
      session.listings().members(members, out);
    } else if (event instanceof ChatEvent.Profile profile) {
      session.listings().profile(profile, out);
    } else if (event instanceof ChatEvent.Rooms rooms) {
      session.listings().rooms(rooms, out);
    } else if (session.history().render(event, dialect, out)) {
      return;
    } else if (event instanceof ChatEvent.Refused refused) {
      IrcRefusals.render(session, refused, out);
    } else if (IrcModeration.render(session, event, out) || session.roomReplies().render(event, out)) {
      return;
    } else if (event instanceof ChatEvent.Pong pong) {
      IrcWire.append(out, IrcWire.withText(session.server(), "PONG", List.of(session.server()), pong.token()));
    } else if (event instanceof ChatEvent.Goodbye) {
      out.appendBuffer(IrcSession.error("Closing Link: " + session.server() + " (Quit)"));
    } else if (event instanceof ChatEvent.PrivateMessageSent sent) {
      if (!sent.away().isEmpty()) {
        IrcReplies.append(out, session.server(), nick, IrcReplies.RPL_AWAY, sent.to(), sent.away());
      }
    } else {
      dialect.render(event, out);
    }
  }
}
