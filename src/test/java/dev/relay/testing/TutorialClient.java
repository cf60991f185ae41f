package dev.relay.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test double of the "TCP chat room in 200 lines" tutorial's client.py, as it behaves: it reads chunks of at
 * most 1024 bytes; a chunk that is exactly {@code alias?} is answered with the alias, with no line end; every
 * other chunk is printed with {@code print} (which adds a line end); each line its user types is sent as
 * {@code ALIAS: TEXT}, again with no line end. Blocking, for the test thread only.
 */
public final class TutorialClient implements AutoCloseable {

  private static final int TIMEOUT_MS = 10_000;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String alias;
  private final List<String> printed = new ArrayList<>();

  private TutorialClient(Socket socket, String alias) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.alias = alias;
  }

  public static TutorialClient connect(int port, String alias) {
    try {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      return new TutorialClient(socket, alias);
    } catch (IOException e) {
      throw new AssertionError("cannot connect to port " + port, e);
    }
  }

  /** What the user types: sent as {@code ALIAS: TEXT}. */
  public void type(String text) {
    sendRaw(alias + ": " + text);
  }

  /** Bytes as they are, for what the real client never sends. */
  public void sendRaw(String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new AssertionError("send failed", e);
    }
  }

  /**
   * Receives chunks as the client's receiving thread does, until one printed line is {@code line}; returns the
   * lines printed before it. The prompt is answered on the way, with this client's alias.
   */
  public List<String> printsUntil(String line) {
    List<String> before = new ArrayList<>();
    while (true) {
      for (String printedLine : receive()) {
        if (printedLine.equals(line)) {
          return before;
        }
        before.add(printedLine);
      }
    }
  }

  /** Every line printed so far. */
  public List<String> printed() {
    return List.copyOf(printed);
  }

  /** One {@code recv(1024)}: answers the prompt, or prints the chunk; returns the lines printed. */
  private List<String> receive() {
    byte[] buffer = new byte[1024];
    try {
      int n = in.read(buffer);
      if (n < 0) {
        throw new AssertionError("connection closed; printed so far: " + printed);
      }
      String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
      if (chunk.equals("alias?")) {
        sendRaw(alias);
        return List.of();
      }
      // print(chunk) adds a line end; a chunk that ends in one shows an empty line after it.
      List<String> lines = new ArrayList<>(List.of((chunk + "\n").split("\n", -1)));
      lines.remove(lines.size() - 1);
      printed.addAll(lines);
      return lines;
    } catch (SocketTimeoutException e) {
      throw new AssertionError("nothing received within " + TIMEOUT_MS + " ms; printed so far: " + printed);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all that was wanted
    }
  }
}
