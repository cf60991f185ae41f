package dev.relay.edge;

import dev.relay.bus.Addresses;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.MemberId;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The state one listener verticle keeps on its event loop: its connections, the room index they are
 * delivered through, and the pieces they share. Turns hub events into writes on the right sockets; the
 * room lines of one event-loop turn are gathered per room ({@link RoomBatches}) and handed to each member
 * as the same buffer.
 */
public final class Listener {

  private final Vertx vertx;
  private final ServerConfig config;
  private final RelayMetrics metrics;
  private final String nodeId;
  private final String address;
  private final FlushScheduler flusher;
  private final StrictUtf8 utf8 = new StrictUtf8();
  private final DirectWrites directWrites = DirectWrites.probe();
  private final Keepalive keepalive;
  private final LocalRooms rooms = new LocalRooms();
  private final RoomBatches roomBatches;
  private final Map<Long, EdgeConnection> connections = new HashMap<>();
  private final FrontEnd frontEnd;
  private long nextConnection;

  Listener(Vertx vertx, Context context, ServerConfig config, RelayMetrics metrics, String nodeId, String address,
      FlushScheduler flusher, FrontEnd frontEnd) {
    this.vertx = vertx;
    this.frontEnd = frontEnd;
    this.config = config;
    this.metrics = metrics;
    this.nodeId = nodeId;
    this.address = address;
    this.flusher = flusher;
    this.roomBatches = new RoomBatches(context, rooms);
    this.keepalive = new Keepalive(config.keepaliveIdleSeconds());
  }

  /**
   * Asks the hub whether the connection limits admit the socket; reads nothing from it meanwhile. With the PROXY
   * protocol on, Vert.x has read the header already and the socket's remote address is the one it names.
   */
  void accept(NetSocket socket) {
    directWrites.apply(socket);
    keepalive.apply(socket);
    socket.pause();
    String client = socket.remoteAddress().hostAddress();
    vertx.eventBus().<String>request(Addresses.ADMIT, client).onComplete(answer -> {
      String refusal = answer.succeeded() ? answer.result().body() : "! server not ready, try again later";
      if (refusal == null) {
        open(socket, client);
      } else {
        metrics.refused();
        socket.write(frontEnd.refusal(refusal)).eventually(socket::close);
      }
    });
  }

  private void open(NetSocket socket, String client) {
    MemberId id = new MemberId(nodeId, address, ++nextConnection);
    EdgeConnection connection = new EdgeConnection(this, socket, id, client,
        new OutboundQueue(socket, config.limits().maxOutputBytes(), flusher, metrics));
    connections.put(id.conn(), connection);
    metrics.connectionOpened();
    connection.start(frontEnd.open(connection));
  }

  void onEvent(EdgeEvent event) {
    if (event instanceof EdgeEvent.ToRoom toRoom) {
      roomBatches.add(toRoom.room(), toRoom.events());
      metrics.delivered(rooms.in(toRoom.room()).size() * toRoom.events().size());
      return;
    }
    EdgeConnection connection = connections.get(((EdgeEvent.ForConnection) event).conn());
    if (connection == null) {
      return;
    }
    if (event instanceof EdgeEvent.ToMember toMember) {
      connection.deliver(toMember.events());
      metrics.delivered(1);
    } else if (event instanceof EdgeEvent.Accepted accepted) {
      connection.accepted(accepted.alias(), accepted.room());
    } else if (event instanceof EdgeEvent.Refused refused) {
      connection.refused(refused.why());
    } else if (event instanceof EdgeEvent.Renamed renamed) {
      connection.renamed(renamed.alias());
    } else if (event instanceof EdgeEvent.Joined joined) {
      connection.joined(joined.room());
    } else if (event instanceof EdgeEvent.Parted parted) {
      connection.parted(parted.room());
    } else if (event instanceof EdgeEvent.Disconnect disconnect) {
      connection.disconnect(disconnect.last(), disconnect.reason());
    }
  }

  void toHub(HubRequest request) {
    vertx.eventBus().send(Addresses.HUB, request, LocalCodec.LOCAL);
  }

  /** The connection closed: it leaves this listener's tables and the admission count. */
  void forget(EdgeConnection connection, DisconnectReason reason) {
    connections.remove(connection.id().conn());
    metrics.connectionClosed(reason);
    vertx.eventBus().send(Addresses.RELEASE, connection.client());
  }

  Vertx vertx() {
    return vertx;
  }

  ServerConfig config() {
    return config;
  }

  RelayMetrics metrics() {
    return metrics;
  }

  StrictUtf8 utf8() {
    return utf8;
  }

  LocalRooms rooms() {
    return rooms;
  }

  RoomBatches roomBatches() {
    return roomBatches;
  }
}
