package dev.relay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * A raw IRC client for tests, on a {@link LineClient}: registers, sends lines, and reads what the server sends.
 * {@link #sync} marks a point in the stream with a PING whose PONG comes after everything sent before it, which
 * proves what did not arrive.
 */
public final class IrcClient implements AutoCloseable {

  private final LineClient line;
  private String nick;
  private int syncs;

  private IrcClient(LineClient line) {
    this.line = line;
  }

  public static IrcClient connect(int port) {
    return new IrcClient(LineClient.connect(port));
  }

  /** With a small receive buffer, to play a slow reader. */
  public static IrcClient connect(int port, int receiveBuffer) {
    return new IrcClient(LineClient.connect(port, receiveBuffer));
  }

  /** Connects and registers as {@code nick}; returns once the welcome burst has been read. */
  public static IrcClient register(int port, String nick) {
    return register(connect(port), nick);
  }

  /** The same over TLS, trusting any certificate. */
  public static IrcClient registerTls(int port, String nick) {
    return register(new IrcClient(LineClient.connectTls(port)), nick);
  }

  private static IrcClient register(IrcClient client, String nick) {
    client.send("NICK " + nick).send("USER " + nick + " 0 * :" + nick + " the tester");
    client.welcomed();
    return client;
  }

  /** Reads the welcome burst up to the end of the MOTD; returns it. */
  public List<String> welcomed() {
    List<String> burst = new ArrayList<>();
    String next = line.readLine();
    while (!numeric(next, "376") && !numeric(next, "422")) {
      burst.add(next);
      next = line.readLine();
    }
    burst.add(next);
    assertThat(burst.get(0)).as("first line of the burst").matches(":relay 001 \\S+ :.*");
    nick = burst.get(0).split(" ")[2];
    return burst;
  }

  public IrcClient send(String text) {
    line.send(text);
    return this;
  }

  public LineClient raw() {
    return line;
  }

  public String readLine() {
    return line.readLine();
  }

  public IrcClient expect(String exact) {
    line.expect(exact);
    return this;
  }

  /** The next line, which must be the numeric {@code code} to this client; returns it. */
  public String expectNumeric(String code) {
    String next = line.readLine();
    assertThat(next).startsWith(":relay " + code + " ");
    return next;
  }

  public List<String> skipUntil(String exact) {
    return line.skipUntil(exact);
  }

  /** Joins and reads up to the end of the channel's names; returns the names. */
  public List<String> join(String channel) {
    send("JOIN " + channel);
    expect(":" + nick + "!" + nick + "@relay JOIN " + channel);
    List<String> names = new ArrayList<>();
    for (String next = line.readLine(); !numeric(next, "366"); next = line.readLine()) {
      names.addAll(List.of(next.substring(next.indexOf(" :") + 2).split(" ")));
    }
    return names;
  }

  /** Every line the server sent before the answer to a PING sent now. */
  public List<String> sync() {
    String token = "sync" + ++syncs;
    send("PING :" + token);
    return line.skipUntil(":relay PONG relay :" + token);
  }

  public List<String> readUntilClosed() {
    return line.readUntilClosed();
  }

  public String nick() {
    return nick;
  }

  private static boolean numeric(String line, String code) {
    return line.startsWith(":relay " + code + " ");
  }

  @Override
  public void close() {
    line.close();
  }
}
