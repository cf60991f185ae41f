package dev.relay.testing;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A browser's side of the web dialect (docs/PROTOCOL.md 12) over a real WebSocket, with the JDK's client: sends JSON
 * requests and reads the server's objects one at a time, as a blocking test client.
 */
public final class WebChatClient implements AutoCloseable {

  private final WebSocket socket;
  private final BlockingQueue<JsonObject> received;
  private final CompletableFuture<Integer> closed;

  private WebChatClient(WebSocket socket, BlockingQueue<JsonObject> received, CompletableFuture<Integer> closed) {
    this.socket = socket;
    this.received = received;
    this.closed = closed;
  }

  /** Opens {@code ws://127.0.0.1:PORT/ws} as a page of the web port itself would. */
  public static WebChatClient connect(int port) {
    return connect(port, "/ws", "http://127.0.0.1:" + port);
  }

  /** Opens {@code path} with {@code origin} (null: none); fails with the handshake's error if refused. */
  public static WebChatClient connect(int port, String path, String origin) {
    BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    WebSocket socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + path), new Listener(received, closed))
        .join();
    return new WebChatClient(socket, received, closed);
  }

  /** Opens and answers the alias prompt with {@code alias}; returns once welcomed and in the lobby. */
  public static WebChatClient login(int port, String alias) {
    WebChatClient client = connect(port);
    client.expectType("prompt");
    client.line(alias);
    client.skipUntilType("welcome");
    return client;
  }

  public WebChatClient send(JsonObject request) {
    return sendText(request.encode());
  }

  public WebChatClient sendText(String message) {
    socket.sendText(message, true).join();
    return this;
  }

  /** A line of the line protocol, spoken in the connection's room. */
  public WebChatClient line(String text) {
    return send(new JsonObject().put("type", "line").put("text", text));
  }

  /** A line of the line protocol, spoken in {@code room}. */
  public WebChatClient line(String room, String text) {
    return send(new JsonObject().put("type", "line").put("room", room).put("text", text));
  }

  public JsonObject read() {
    try {
      JsonObject next = received.poll(LineClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
      if (next == null) {
        throw new AssertionError("no message within " + LineClient.TIMEOUT_MS + " ms");
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public JsonObject expectType(String type) {
    JsonObject next = read();
    if (!type.equals(next.getString("type"))) {
      throw new AssertionError("expected a " + type + " object, got " + next.encode());
    }
    return next;
  }

  /** Reads until an object matches; returns it. */
  public JsonObject skipUntil(Predicate<JsonObject> match) {
    List<JsonObject> seen = new ArrayList<>();
    while (true) {
      JsonObject next;
      try {
        next = read();
      } catch (AssertionError e) {
        throw new AssertionError("nothing matched; saw " + seen, e);
      }
      if (match.test(next)) {
        return next;
      }
      seen.add(next);
    }
  }

  public JsonObject skipUntilType(String type) {
    return skipUntil(json -> type.equals(json.getString("type")));
  }

  /** The close status the server sent, once it closed. */
  public int closeStatus() {
    try {
      return closed.get(LineClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("not closed", e);
    }
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** The HTTP status the handshake was refused with. */
  public static int refusedStatus(int port, String path, String origin) {
    try {
      connect(port, path, origin).close();
      throw new AssertionError("the handshake was accepted");
    } catch (CompletionException e) {
      if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw e;
    }
  }

  /** Gathers a message's pieces; each server message holds JSON objects one per line. */
  private static final class Listener implements WebSocket.Listener {
    private final BlockingQueue<JsonObject> received;
    private final CompletableFuture<Integer> closed;
    private final StringBuilder message = new StringBuilder();

    Listener(BlockingQueue<JsonObject> received, CompletableFuture<Integer> closed) {
      this.received = received;
      this.closed = closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        for (String line : message.toString().split("\n")) {
          if (!line.isEmpty()) {
            received.add(new JsonObject(line));
          }
        }
        message.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closed.complete(-1);
    }
  }
}
