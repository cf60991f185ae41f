package dev.relay.server;

import dev.relay.bus.Addresses;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.MemberId;
import dev.relay.protocol.FloodGate;
import dev.relay.protocol.LineSplitter;
import dev.relay.protocol.StrictUtf8;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The state one listener verticle keeps on its event loop: its connections, the room index they are
 * delivered through, and the pieces they share. Turns hub events into writes on the right sockets; a
 * room message is written as the same buffer to each member.
 */
final class Listener {

  private final Vertx vertx;
  private final ServerConfig config;
  private final String nodeId;
  private final String address;
  private final FlushScheduler flusher;
  private final StrictUtf8 utf8 = new StrictUtf8();
  private final LocalRooms rooms = new LocalRooms();
  private final Map<Long, Connection> connections = new HashMap<>();
  private long nextConnection;

  Listener(Vertx vertx, ServerConfig config, String nodeId, String address, FlushScheduler flusher) {
    this.vertx = vertx;
    this.config = config;
    this.nodeId = nodeId;
    this.address = address;
    this.flusher = flusher;
  }

  void accept(NetSocket socket) {
    MemberId id = new MemberId(nodeId, address, ++nextConnection);
    FloodGate gate = config.floodControlEnabled()
        ? new FloodGate(config.floodLinesPerSecond(), config.floodBurst(), System::nanoTime)
        : null;
    Connection connection = new Connection(this, socket, id, new LineSplitter(config.maxLineBytes()), gate,
        new OutboundQueue(socket, config.maxOutputBytes(), flusher));
    connections.put(id.conn(), connection);
    connection.start();
  }

  void onEvent(EdgeEvent event) {
    if (event instanceof EdgeEvent.ToRoom toRoom) {
      for (Connection member : rooms.in(toRoom.room())) {
        member.deliver(toRoom.lines());
      }
      return;
    }
    Connection connection = connections.get(((EdgeEvent.ForConnection) event).conn());
    if (connection == null) {
      return;
    }
    if (event instanceof EdgeEvent.ToMember toMember) {
      connection.deliver(toMember.lines());
    } else if (event instanceof EdgeEvent.Accepted accepted) {
      connection.accepted(accepted.alias(), accepted.lines());
    } else if (event instanceof EdgeEvent.Refused refused) {
      connection.refused(refused.lines());
    } else if (event instanceof EdgeEvent.Renamed renamed) {
      connection.renamed(renamed.alias());
    } else if (event instanceof EdgeEvent.Joined joined) {
      connection.joined(joined.room());
    } else if (event instanceof EdgeEvent.Parted parted) {
      connection.parted(parted.room());
    } else if (event instanceof EdgeEvent.Disconnect disconnect) {
      connection.disconnect(disconnect.lines());
    }
  }

  void toHub(HubRequest request) {
    vertx.eventBus().send(Addresses.HUB, request, LocalCodec.LOCAL);
  }

  void forget(Connection connection) {
    connections.remove(connection.id().conn());
  }

  int connectionCount() {
    return connections.size();
  }

  Vertx vertx() {
    return vertx;
  }

  ServerConfig config() {
    return config;
  }

  StrictUtf8 utf8() {
    return utf8;
  }

  LocalRooms rooms() {
    return rooms;
  }
}
