package dev.relay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.client.ClientTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw line client for tests, like nc: sends LF-terminated lines, reads CRLF-terminated ones. Blocking,
 * for the test thread only; every read gives up after {@link #TIMEOUT_MS}.
 */
public final class LineClient implements AutoCloseable {

  public static final int TIMEOUT_MS = 10_000;

  private static final Pattern ROOMS_HEADER = Pattern.compile("\\* (\\d+) rooms?:");

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private LineClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  public static LineClient connect(int port) {
    return connect(port, 0);
  }

  /** Connects with a small receive buffer when {@code receiveBuffer} > 0, to play a slow reader. */
  public static LineClient connect(int port, int receiveBuffer) {
    return connect("127.0.0.1", port, receiveBuffer);
  }

  /** Connects to another host (a test host of {@link TestHosts}). */
  public static LineClient connect(String host, int port) {
    return connect(host, port, 0);
  }

  private static LineClient connect(String host, int port, int receiveBuffer) {
    try {
      Socket socket = new Socket();
      if (receiveBuffer > 0) {
        socket.setReceiveBufferSize(receiveBuffer);
      }
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      return new LineClient(socket);
    } catch (IOException e) {
      throw new AssertionError("cannot connect to " + host + ":" + port, e);
    }
  }

  /** The same, and completes the handshake as {@code alias}. */
  public static LineClient login(String host, int port, String alias) {
    return handshake(connect(host, port), alias);
  }

  /** Connects over TLS, trusting any certificate (the tests' are self-signed). */
  public static LineClient connectTls(int port) {
    try {
      Socket socket = ClientTls.INSECURE.connect("127.0.0.1", port, TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      return new LineClient(socket);
    } catch (IOException e) {
      throw new AssertionError("cannot connect with TLS to port " + port, e);
    }
  }

  /**
   * Connects, sends {@code preamble} in the clear, as a load balancer sends its PROXY header, then starts TLS on
   * the same connection, trusting any certificate.
   */
  public static LineClient connectTls(int port, byte[] preamble) {
    Socket plain = connect(port).socket;
    try {
      plain.getOutputStream().write(preamble);
      Socket tls = ClientTls.INSECURE.secure(plain, "127.0.0.1", port, TIMEOUT_MS);
      tls.setSoTimeout(TIMEOUT_MS);
      return new LineClient(tls);
    } catch (IOException e) {
      throw new AssertionError("cannot start TLS on port " + port + " after the preamble", e);
    }
  }

  /** Connects over TLS and completes the handshake as {@code alias}. */
  public static LineClient loginTls(int port, String alias) {
    return handshake(connectTls(port), alias);
  }

  /** Connects and completes the handshake as {@code alias}. */
  public static LineClient login(int port, String alias) {
    return handshake(connect(port), alias);
  }

  private static LineClient handshake(LineClient client, String alias) {
    client.expect("alias?");
    client.send(alias);
    client.expectStartsWith("* You are now connected as " + alias + " in room lobby");
    return client;
  }

  /** The client's own port, by which the server's side of the connection can be found. */
  public int localPort() {
    return socket.getLocalPort();
  }

  public LineClient send(String line) {
    return sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public LineClient sendRaw(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return this;
    } catch (IOException e) {
      throw new AssertionError("send failed", e);
    }
  }

  /** The next line, without its CRLF; fails the test on timeout or end of stream. */
  public String readLine() {
    String line = readLineOrNull();
    if (line == null) {
      throw new AssertionError("connection closed while a line was expected");
    }
    return line;
  }

  /** The next line, or null at end of stream. */
  public String readLineOrNull() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      while (true) {
        int b = in.read();
        if (b < 0) {
          return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }
        if (b == '\n') {
          byte[] bytes = line.toByteArray();
          assertThat(bytes.length).as("line ends in CRLF").isGreaterThan(0);
          assertThat(bytes[bytes.length - 1]).as("line ends in CRLF").isEqualTo((byte) '\r');
          return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
        }
        line.write(b);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no line within " + TIMEOUT_MS + " ms; got so far: " + line);
    } catch (IOException e) {
      return null;
    }
  }

  public LineClient expect(String exact) {
    assertThat(readLine()).isEqualTo(exact);
    return this;
  }

  public String expectStartsWith(String prefix) {
    String line = readLine();
    assertThat(line).startsWith(prefix);
    return line;
  }

  /** Reads lines until one matches, returning the lines skipped before it. */
  public List<String> skipUntil(Predicate<String> match) {
    List<String> skipped = new ArrayList<>();
    while (true) {
      String line;
      try {
        line = readLine();
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "; skipped before: " + skipped, e);
      }
      if (match.test(line)) {
        return skipped;
      }
      skipped.add(line);
    }
  }

  /**
   * Reads until {@code line} arrives, waiting up to {@code within} for it (beyond the usual per-line limit:
   * for what the cluster does in its own time, such as noticing a partition); returns what came before it.
   */
  public List<String> awaitLine(String line, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    List<String> before = new ArrayList<>();
    try {
      while (true) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("no '" + line + "' within " + within + "; got " + before);
        }
        socket.setSoTimeout((int) left);
        String next;
        try {
          next = readLine();
        } catch (AssertionError timedOutOrClosed) {
          throw new AssertionError("no '" + line + "' within " + within + "; got " + before, timedOutOrClosed);
        }
        if (next.equals(line)) {
          return before;
        }
        before.add(next);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      try {
        socket.setSoTimeout(TIMEOUT_MS);
      } catch (IOException ignored) {
        // the socket is closed; nothing more will be read
      }
    }
  }

  /** Reads until {@code line} arrives, returning what came before it. */
  public List<String> skipUntil(String line) {
    return skipUntil(line::equals);
  }

  /**
   * Marks a point in the stream: asks for {@code /rooms} and returns every line before its reply, which it
   * reads whole. Because the reply comes after everything the server sent before it, this proves what did
   * not arrive.
   */
  public List<String> linesUntilSync() {
    send("/rooms");
    List<String> before = new ArrayList<>();
    String line = readLine();
    Matcher header = ROOMS_HEADER.matcher(line);
    while (!header.matches()) {
      before.add(line);
      line = readLine();
      header = ROOMS_HEADER.matcher(line);
    }
    for (int i = Integer.parseInt(header.group(1)); i > 0; i--) {
      readLine();
    }
    return before;
  }

  /** Reads until the server closes the connection, returning what came first. */
  public List<String> readUntilClosed() {
    List<String> lines = new ArrayList<>();
    for (String line = readLineOrNull(); line != null; line = readLineOrNull()) {
      lines.add(line);
    }
    return lines;
  }

  /** Closes abruptly with a TCP reset, as a crashed client would. */
  public void reset() {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a test socket
    }
  }
}
