package dev.relay.bus;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Appends a length-prefixed message: the event bus frames the codec's bytes by this length. */
final class WireOut {
  private final Buffer buffer;
  private final int start;

  WireOut(Buffer buffer) {
    this.buffer = buffer;
    this.start = buffer.length();
    buffer.appendInt(0);
  }

  WireOut type(byte type) {
    buffer.appendByte(type);
    return this;
  }

  WireOut string(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    buffer.appendInt(bytes.length).appendBytes(bytes);
    return this;
  }

  WireOut member(MemberId id) {
    return string(id.node()).string(id.edge()).number(id.conn());
  }

  WireOut count(int n) {
    buffer.appendInt(n);
    return this;
  }

  WireOut number(long n) {
    buffer.appendLong(n);
    return this;
  }

  WireOut members(List<PeerMessage.MemberState> members) {
    buffer.appendInt(members.size());
    for (PeerMessage.MemberState m : members) {
      member(m.id()).string(m.info().alias()).string(m.info().user()).string(m.info().realName())
          .string(m.info().away());
      buffer.appendInt(m.rooms().size());
      for (PeerMessage.RoomRef room : m.rooms()) {
        string(room.key()).string(room.name());
      }
    }
    return this;
  }

  /** Milliseconds since the epoch: the precision the chat's clock keeps. */
  WireOut instant(Instant at) {
    return number(at.toEpochMilli());
  }

  void finish() {
    buffer.setInt(start, buffer.length() - start - 4);
  }
}
