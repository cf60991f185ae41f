package dev.relay.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageCodec;
import java.nio.charset.StandardCharsets;
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
  private static final byte ROOM_LINE = 5;
  private static final byte PRIVATE = 6;
  private static final byte HELLO = 7;
  private static final byte WELCOME = 8;
  private static final byte BATCH = 9;

  @Override
  public void encodeToWire(Buffer buffer, PeerMessage message) {
    Writer out = new Writer(buffer);
    write(out, message);
    out.finish();
  }

  private static void write(Writer out, PeerMessage message) {
    if (message instanceof PeerMessage.Entered m) {
      out.type(ENTERED).member(m.member()).string(m.alias()).string(m.room()).string(m.roomName());
    } else if (message instanceof PeerMessage.Exited m) {
      out.type(EXITED).member(m.member()).string(m.room()).string(m.reason());
    } else if (message instanceof PeerMessage.Renamed m) {
      out.type(RENAMED).member(m.member()).string(m.alias());
    } else if (message instanceof PeerMessage.Departed m) {
      out.type(DEPARTED).member(m.member()).string(m.reason());
    } else if (message instanceof PeerMessage.RoomLine m) {
      out.type(ROOM_LINE).string(m.room()).string(m.line());
    } else if (message instanceof PeerMessage.Private m) {
      out.type(PRIVATE).member(m.to()).string(m.line());
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
    return read(new Reader(buffer, pos));
  }

  private static PeerMessage read(Reader in) {
    byte type = in.type();
    return switch (type) {
      case ENTERED -> new PeerMessage.Entered(in.member(), in.string(), in.string(), in.string());
      case EXITED -> new PeerMessage.Exited(in.member(), in.string(), in.string());
      case RENAMED -> new PeerMessage.Renamed(in.member(), in.string());
      case DEPARTED -> new PeerMessage.Departed(in.member(), in.string());
      case ROOM_LINE -> new PeerMessage.RoomLine(in.string(), in.string());
      case PRIVATE -> new PeerMessage.Private(in.member(), in.string());
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

  /** Appends a length-prefixed message: the event bus frames the codec's bytes by this length. */
  private static final class Writer {
    private final Buffer buffer;
    private final int start;

    Writer(Buffer buffer) {
      this.buffer = buffer;
      this.start = buffer.length();
      buffer.appendInt(0);
    }

    Writer type(byte type) {
      buffer.appendByte(type);
      return this;
    }

    Writer string(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      buffer.appendInt(bytes.length).appendBytes(bytes);
      return this;
    }

    Writer member(MemberId id) {
      return string(id.node()).string(id.edge()).number(id.conn());
    }

    Writer count(int n) {
      buffer.appendInt(n);
      return this;
    }

    Writer number(long n) {
      buffer.appendLong(n);
      return this;
    }

    Writer members(List<PeerMessage.MemberState> members) {
      buffer.appendInt(members.size());
      for (PeerMessage.MemberState m : members) {
        member(m.id()).string(m.alias());
        buffer.appendInt(m.rooms().size());
        for (PeerMessage.RoomRef room : m.rooms()) {
          string(room.key()).string(room.name());
        }
      }
      return this;
    }

    void finish() {
      buffer.setInt(start, buffer.length() - start - 4);
    }
  }

  private static final class Reader {
    private final Buffer buffer;
    private int pos;

    Reader(Buffer buffer, int pos) {
      this.buffer = buffer;
      this.pos = pos + 4;
    }

    byte type() {
      return buffer.getByte(pos++);
    }

    int integer() {
      int n = buffer.getInt(pos);
      pos += 4;
      return n;
    }

    String string() {
      int length = integer();
      String s = buffer.getString(pos, pos + length, "UTF-8");
      pos += length;
      return s;
    }

    MemberId member() {
      String node = string();
      String edge = string();
      long conn = buffer.getLong(pos);
      pos += 8;
      return new MemberId(node, edge, conn);
    }

    List<PeerMessage.MemberState> members() {
      int count = integer();
      List<PeerMessage.MemberState> members = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        MemberId id = member();
        String alias = string();
        int roomCount = integer();
        List<PeerMessage.RoomRef> rooms = new ArrayList<>(roomCount);
        for (int r = 0; r < roomCount; r++) {
          rooms.add(new PeerMessage.RoomRef(string(), string()));
        }
        members.add(new PeerMessage.MemberState(id, alias, rooms));
      }
      return members;
    }
  }
}
