package dev.relay.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client on a plain socket whose receive buffer the test sets and which reads only when told: a browser
 * tab that stopped reading. Sends masked text messages as RFC 6455 asks of a client.
 */
public final class RawWebSocket implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;

  private RawWebSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
  }

  /** Opens {@code /ws} on the web port, with the port's own origin, and reads the handshake's answer. */
  public static RawWebSocket open(int port, int receiveBuffer) {
    try {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(receiveBuffer);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(LineClient.TIMEOUT_MS);
      String key = Base64.getEncoder().encodeToString("relay-test-key!!".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
          + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
          + "Origin: http://127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String status = readHeaders(socket.getInputStream());
      if (!status.startsWith("HTTP/1.1 101")) {
        throw new AssertionError("handshake refused: " + status);
      }
      return new RawWebSocket(socket);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String readHeaders(InputStream in) throws IOException {
    StringBuilder headers = new StringBuilder();
    while (!headers.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed during the handshake: " + headers);
      }
      headers.append((char) b);
    }
    return headers.substring(0, headers.indexOf("\r\n"));
  }

  public RawWebSocket sendText(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    if (payload.length > 125) {
      throw new IllegalArgumentException("short messages only");
    }
    byte[] mask = {1, 2, 3, 4};
    byte[] frame = new byte[2 + 4 + payload.length];
    frame[0] = (byte) 0x81;
    frame[1] = (byte) (0x80 | payload.length);
    System.arraycopy(mask, 0, frame, 2, 4);
    for (int i = 0; i < payload.length; i++) {
      frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
    }
    try {
      out.write(frame);
      out.flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return this;
  }

  /** Reads and drops everything until the server closes the connection; fails if it stays open. */
  public void drainUntilClosed() {
    byte[] buffer = new byte[65536];
    try {
      while (socket.getInputStream().read(buffer) >= 0) {
        // what the server wrote before it gave up on this reader
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server left the connection open", e);
    } catch (IOException e) {
      // a reset is a close too
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
