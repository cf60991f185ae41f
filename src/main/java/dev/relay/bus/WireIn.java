package dev.relay.bus;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link WireOut} wrote, from just after the length prefix on. */
final class WireIn {
  private final Buffer buffer;
  private int pos;

  WireIn(Buffer buffer, int pos) {
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

  long number() {
    long n = buffer.getLong(pos);
    pos += 8;
    return n;
  }

  Instant instant() {
    return Instant.ofEpochMilli(number());
  }

  MemberId member() {
    String node = string();
    String edge = string();
    return new MemberId(node, edge, number());
  }

  List<PeerMessage.MemberState> members() {
    int count = integer();
    List<PeerMessage.MemberState> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      MemberId id = member();
      MemberInfo info = new MemberInfo(string(), string(), string(), string());
      int roomCount = integer();
      List<PeerMessage.RoomRef> rooms = new ArrayList<>(roomCount);
      for (int r = 0; r < roomCount; r++) {
        rooms.add(new PeerMessage.RoomRef(string(), string()));
      }
      members.add(new PeerMessage.MemberState(id, info, rooms));
    }
    return members;
  }
}
