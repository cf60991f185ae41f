package dev.relay.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A second chat user speaking the wire protocol over a plain socket, as nc would. */
final class RawUser implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final LineQueue lines;

  private RawUser(Socket socket, String name) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.lines = new LineQueue(name);
    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    Thread reader = new Thread(() -> {
      try {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // closed
      }
    }, "raw-user-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects and completes the handshake as {@code alias}. */
  static RawUser login(int port, String alias) {
    try {
      RawUser user = new RawUser(new Socket("127.0.0.1", port), alias);
      user.lines.await("alias?");
      user.send(alias);
      user.lines.awaitStartingWith("* You are now connected as " + alias + " ");
      return user;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RawUser send(String line) {
    try {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  LineQueue lines() {
    return lines;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
