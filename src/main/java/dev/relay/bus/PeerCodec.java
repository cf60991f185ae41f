package dev.relay.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire form of {@link PeerMessage}: a type byte, then the fields, strings as length-prefixed UTF-8.
 * Registered under one name on every node; within a node the records pass by reference.
 */
public final class PeerCodec implements MessageCodec<PeerMessage, PeerMessage> {

  public static final String NAME = "relay.peer";
  public static final DeliveryOptions OPTIONS = new DeliveryOptions().setCodecName(NAME);

  private static final byte ENTERED = 1;
  private static final byte EXITED = 2;
  private static final byte RENAMED = 3;
  private static final byte DEPARTED = 4;
  private static final byte ROOM_EVENT = 5;
  private static final byte PRIVATE = 6;
  private static final byte HELLO = 7;
  private static final byte WELCOME = 8;
  private static final byte BATCH = 9;
  private static final byte AWAY = 10;
  private static final byte KILL = 11;
  private static final byte EXPELLED = 12;

  @Override
  public void encodeToWire(Buffer buffer, PeerMessage message) {
    WireOut out = new WireOut(buffer);
    write(out, message);
    out.finish();
  }

  private static void write(WireOut out, PeerMessage message) {
    if (message instanceof PeerMessage.Entered m) {
      out.type(ENTERED).member(m.member()).string(m.alias()).string(m.room()).string(m.roomName())
          .string(m.user()).string(m.realName());
    } else if (message instanceof PeerMessage.Away m) {
      out.type(AWAY).member(m.member()).string(m.message());
    } else if (message instanceof PeerMessage.Exited m) {
      out.type(EXITED).member(m.member()).string(m.room()).string(m.reason());
    } else if (message instanceof PeerMessage.Expelled m) {
      out.type(EXPELLED).member(m.member()).string(m.room()).string(m.by()).string(m.reason());
    } else if (message instanceof PeerMessage.Renamed m) {
      out.type(RENAMED).member(m.member()).string(m.alias());
    } else if (message instanceof PeerMessage.Departed m) {
      out.type(DEPARTED).member(m.member()).string(m.reason());
    } else if (message instanceof PeerMessage.RoomEvent m) {
      EventWire.write(out.type(ROOM_EVENT).string(m.room()), m.event());
    } else if (message instanceof PeerMessage.Private m) {
      EventWire.write(out.type(PRIVATE).member(m.to()), m.message());
    } else if (message instanceof PeerMessage.Kill m) {
      out.type(KILL).member(m.member()).string(m.by()).string(m.reason());
    } else if (message instanceof PeerMessage.Hello m) {
      out.type(HELLO).string(m.node()).members(m.members());
    } else if (message instanceof PeerMessage.Welcome m) {
      out.type(WELCOME).string(m.node()).members(m.members());
    } else if (message instanceof PeerMessage.Batch m) {
      out.type(BATCH).count(m.messages().size());
      for (PeerMessage each : m.messages()) {
        write(out, each);
      }
    }
  }

  @Override
  public PeerMessage decodeFromWire(int pos, Buffer buffer) {
    return read(new WireIn(buffer, pos));
  }

  private static PeerMessage read(WireIn in) {
    byte type = in.type();
    return switch (type) {
      case ENTERED -> new PeerMessage.Entered(in.member(), in.string(), in.string(), in.string(), in.string(),
          in.string());
      case AWAY -> new PeerMessage.Away(in.member(), in.string());
      case EXITED -> new PeerMessage.Exited(in.member(), in.string(), in.string());
      case EXPELLED -> new PeerMessage.Expelled(in.member(), in.string(), in.string(), in.string());
      case RENAMED -> new PeerMessage.Renamed(in.member(), in.string());
      case DEPARTED -> new PeerMessage.Departed(in.member(), in.string());
      case ROOM_EVENT -> new PeerMessage.RoomEvent(in.string(), (ChatEvent.InRoom) EventWire.read(in));
      case PRIVATE -> new PeerMessage.Private(in.member(), (ChatEvent.PrivateMessage) EventWire.read(in));
      case KILL -> new PeerMessage.Kill(in.member(), in.string(), in.string());
      case HELLO -> new PeerMessage.Hello(in.string(), in.members());
      case WELCOME -> new PeerMessage.Welcome(in.string(), in.members());
      case BATCH -> {
        int count = in.integer();
        List<PeerMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          messages.add(read(in));
        }
        yield new PeerMessage.Batch(messages);
      }
      default -> throw new IllegalArgumentException("unknown peer message type " + type);
    };
  }

  @Override
  public PeerMessage transform(PeerMessage message) {
    return message;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
