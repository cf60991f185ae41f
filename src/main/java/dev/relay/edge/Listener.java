package dev.relay.edge;

import dev.relay.bus.Addresses;
import dev.relay.bus.AdmissionRequest;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.MemberId;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetSocket;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final Map<Long, Arrival> awaitingAdmission = new HashMap<>();
  private long nextConnection;

  Listener(Vertx vertx, Context context, ServerConfig config, RelayMetrics metrics, String nodeId, String address,
      FlushScheduler flusher) {
    this.vertx = vertx;
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
  void accept(NetSocket socket, FrontEnd frontEnd) {
    directWrites.apply(socket);
    keepalive.apply(socket);
    accept(new SocketTransport(socket), frontEnd);
  }

  /** Admits a client on any transport: a browser's WebSocket comes this way, its TCP socket already set up. */
  public void accept(Transport socket, FrontEnd frontEnd) {
    socket.pause();
    String client = socket.clientAddress();
    long conn = ++nextConnection;
    awaitingAdmission.put(conn, new Arrival(socket, client, frontEnd));
    vertx.eventBus().send(Addresses.ADMIT, new AdmissionRequest(address, conn, client), LocalCodec.LOCAL);
  }

  private void admissionDecided(EdgeEvent.AdmissionDecided decision) {
    Arrival arrival = awaitingAdmission.remove(decision.conn());
    if (arrival == null) {
      return;
    }
    if (decision.refusal() == null) {
      open(arrival, decision.conn());
    } else {
      metrics.refused();
      arrival.socket().write(arrival.frontEnd().refusal(decision.refusal())).eventually(arrival.socket()::close);
    }
  }

  private void open(Arrival arrival, long conn) {
    MemberId id = new MemberId(nodeId, address, conn);
    EdgeConnection connection = new EdgeConnection(this, arrival.socket(), id, arrival.client(),
        new OutboundQueue(arrival.socket(), config.limits().maxOutputBytes(), flusher));
    connections.put(id.conn(), connection);
    metrics.connectionOpened();
    connection.start(arrival.frontEnd().open(connection));
  }

  void onEvent(EdgeEvent event) {
    if (event instanceof EdgeEvent.ToRoom toRoom) {
      roomBatches.add(toRoom.room(), toRoom.events());
      metrics.delivered(rooms.in(toRoom.room()).size() * toRoom.events().size());
      return;
    }
    if (event instanceof EdgeEvent.ToRooms toRooms) {
      toRooms(toRooms);
      return;
    }
    if (event instanceof EdgeEvent.AdmissionDecided decision) {
      admissionDecided(decision);
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

  /**
   * A rename or a quit heard in several rooms: a member gets the event of each of those rooms it is in, or only
   * the first when its dialect tells such events once. Rendered once per dialect and event.
   */
  private void toRooms(EdgeEvent.ToRooms event) {
    Map<EdgeConnection, List<Integer>> heard = new LinkedHashMap<>();
    for (int i = 0; i < event.rooms().size(); i++) {
      for (EdgeConnection member : rooms.in(event.rooms().get(i))) {
        heard.computeIfAbsent(member, m -> new ArrayList<>(2)).add(i);
      }
    }
    Map<Dialect, Buffer[]> renderings = new IdentityHashMap<>();
    heard.forEach((member, indexes) -> {
      Dialect dialect = member.dialect();
      Buffer[] rendered = renderings.computeIfAbsent(dialect, d -> new Buffer[event.events().size()]);
      List<Integer> told = dialect.tellsMemberEventsOnce() ? indexes.subList(0, 1) : indexes;
      Buffer out = told.size() == 1 ? null : Buffer.buffer();
      for (int i : told) {
        if (rendered[i] == null) {
          rendered[i] = dialect.render(event.events().get(i));
        }
        out = out == null ? rendered[i] : out.appendBuffer(rendered[i]);
      }
      member.deliver(out);
    });
    metrics.delivered(heard.size());
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

  /** A socket accepted and paused until the hub says whether the connection limits admit it. */
  private record Arrival(Transport socket, String client, FrontEnd frontEnd) {
  }

  LocalRooms rooms() {
    return rooms;
  }

  RoomBatches roomBatches() {
    return roomBatches;
  }
}
