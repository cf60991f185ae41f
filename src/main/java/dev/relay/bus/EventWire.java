package dev.relay.bus;

import java.time.Instant;

/**
 * The wire form of the chat events that travel between nodes: what members say, do and notice in rooms, their
 * topics set, joins, leaves, quits and renames, and private messages. A type byte, then the fields.
 */
final class EventWire {

  private static final byte SAID = 1;
  private static final byte ACTED = 2;
  private static final byte JOINED = 3;
  private static final byte LEFT = 4;
  private static final byte RENAMED = 5;
  private static final byte PRIVATE_MESSAGE = 6;
  private static final byte NOTICED = 7;
  private static final byte QUIT = 8;
  private static final byte PRIVATE_NOTICE = 9;
  private static final byte TOPIC = 10;
  private static final byte SHARED = 11;

  private EventWire() {
  }

  static void write(WireOut out, ChatEvent event) {
    if (event instanceof ChatEvent.Said e) {
      out.type(SAID).string(e.room()).number(e.seq()).instant(e.at()).string(e.alias()).string(e.text());
    } else if (event instanceof ChatEvent.Acted e) {
      out.type(ACTED).string(e.room()).number(e.seq()).instant(e.at()).string(e.alias()).string(e.action());
    } else if (event instanceof ChatEvent.Noticed e) {
      out.type(NOTICED).string(e.room()).number(e.seq()).instant(e.at()).string(e.alias()).string(e.text());
    } else if (event instanceof ChatEvent.TopicChanged e) {
      out.type(TOPIC).string(e.room()).number(e.seq()).instant(e.at()).string(e.by()).string(e.topic());
    } else if (event instanceof ChatEvent.Shared e) {
      out.type(SHARED).string(e.room()).number(e.seq()).instant(e.at()).string(e.alias()).string(e.stored());
    } else if (event instanceof ChatEvent.Joined e) {
      out.type(JOINED).string(e.room()).string(e.alias());
    } else if (event instanceof ChatEvent.Left e) {
      out.type(LEFT).string(e.room()).string(e.alias()).string(e.reason());
    } else if (event instanceof ChatEvent.Quit e) {
      out.type(QUIT).string(e.room()).string(e.alias()).string(e.reason());
    } else if (event instanceof ChatEvent.Renamed e) {
      out.type(RENAMED).string(e.room()).string(e.oldAlias()).string(e.newAlias());
    } else if (event instanceof ChatEvent.PrivateMessage e) {
      out.type(e.notice() ? PRIVATE_NOTICE : PRIVATE_MESSAGE).string(e.from()).instant(e.at()).string(e.text());
    } else {
      throw new IllegalArgumentException("not sent between nodes: " + event);
    }
  }

  private static ChatEvent topic(String room, long seq, Instant at, String by, String topic) {
    return new ChatEvent.TopicChanged(room, seq, at, topic, by);
  }

  static ChatEvent read(WireIn in) {
    byte type = in.type();
    return switch (type) {
      case SAID -> new ChatEvent.Said(in.string(), in.number(), in.instant(), in.string(), in.string());
      case ACTED -> new ChatEvent.Acted(in.string(), in.number(), in.instant(), in.string(), in.string());
      case JOINED -> new ChatEvent.Joined(in.string(), in.string());
      case LEFT -> new ChatEvent.Left(in.string(), in.string(), in.string());
      case RENAMED -> new ChatEvent.Renamed(in.string(), in.string(), in.string());
      case NOTICED -> new ChatEvent.Noticed(in.string(), in.number(), in.instant(), in.string(), in.string());
      case TOPIC -> topic(in.string(), in.number(), in.instant(), in.string(), in.string());
      case SHARED -> new ChatEvent.Shared(in.string(), in.number(), in.instant(), in.string(),
          SharedFile.decode(in.string()));
      case QUIT -> new ChatEvent.Quit(in.string(), in.string(), in.string());
      case PRIVATE_MESSAGE -> new ChatEvent.PrivateMessage(in.string(), in.instant(), in.string(), false);
      case PRIVATE_NOTICE -> new ChatEvent.PrivateMessage(in.string(), in.instant(), in.string(), true);
      default -> throw new IllegalArgumentException("unknown chat event type " + type);
    };
  }
}
