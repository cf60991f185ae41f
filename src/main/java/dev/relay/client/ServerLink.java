package dev.relay.client;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One TCP connection to the server. A daemon thread reads it and posts every line, then one
 * {@link ClientEvent.LinkClosed}, to the client loop. {@link #send} and {@link #close} are called by the
 * client loop only.
 */
final class ServerLink {

  /** How long one address may take to accept the connection (and, with TLS, complete the handshake). */
  static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  private final Socket socket;
  private final Writer writer;

  private ServerLink(Socket socket) throws IOException {
    this.socket = socket;
    this.writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
  }

  /** Connects and starts reading; {@code events} receives this link's lines and its end. */
  static ServerLink open(ClientTls tls, ServerAddresses.Address address, Consumer<ClientEvent> events)
      throws IOException {
    Socket socket = tls.connect(address.socket(), address.entry().host(), CONNECT_TIMEOUT_MILLIS);
    try {
      ServerLink link = new ServerLink(socket);
      link.startReading(events);
      return link;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /** Sends one line; the protocol ends client lines with LF. Blocks while the server is not reading. */
  void send(String line) throws IOException {
    writer.write(line);
    writer.write('\n');
    writer.flush();
  }

  /** Closes the socket; the reader then posts the link's end. */
  void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is all that was wanted; the reader reports the end either way.
    }
  }

  /** A failure to connect in the words a user expects, e.g. "Connection refused". */
  static String describe(IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host " + e.getMessage();
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e instanceof ConnectException && e.getMessage() != null) {
      // "Connection refused (Connection refused)" on some JDKs
      int paren = e.getMessage().indexOf(" (");
      return paren > 0 ? e.getMessage().substring(0, paren) : e.getMessage();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private void startReading(Consumer<ClientEvent> events) throws IOException {
    IncomingLines lines = new IncomingLines(
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)),
        IncomingLines.MAX_LINE_CHARS);
    Thread reader = new Thread(() -> read(lines, events), "relay-client-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(IncomingLines lines, Consumer<ClientEvent> events) {
    try {
      String line;
      while ((line = lines.next()) != null) {
        events.accept(new ClientEvent.ServerSaid(this, line));
      }
    } catch (IOException e) {
      // A reset or our own close: either way the link is over, which the event below says.
    } finally {
      close();
      events.accept(new ClientEvent.LinkClosed(this));
    }
  }
}
