package dev.relay.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The servers named by {@code --host}: a comma-separated list of {@code HOST} or {@code HOST:PORT} entries
 * ({@code [::1]:5000} for an IPv6 literal with a port). A name may stand for several addresses, and is
 * looked up again for every connect round so that a changed DNS answer is seen. A round lists every address
 * once, starting with the one after the address of the last connection, so that the clients of a stopped
 * instance go to another one first and that instance is tried last. Plain Java: the lookup is passed in.
 */
final class ServerAddresses {

  /** Looks a host up: {@link InetAddress#getAllByName} in the client, a table in tests. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** One {@code --host} entry; an IPv6 literal is kept without its brackets. */
  record Entry(String host, int port) {

    /** The entry as a user writes it, with the port: {@code a:5000}, {@code [::1]:5000}. */
    String label() {
      return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
  }

  /** An address a round may connect to, and the entry it came from. */
  record Address(Entry entry, InetSocketAddress socket, boolean oneOfSeveral) {

    /** The entry's label, and which of its addresses this is when the entry's name has several. */
    String name() {
      return oneOfSeveral ? entry.label() + " (" + socket.getAddress().getHostAddress() + ")" : entry.label();
    }
  }

  /** An entry whose name did not resolve in this round. */
  record Unresolved(Entry entry, UnknownHostException cause) {
  }

  /** The addresses to try this round, in order, and the entries that gave none. */
  record Round(List<Address> order, List<Unresolved> unresolved) {
  }

  private final List<Entry> entries;

  private ServerAddresses(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads {@code --host}; an entry without a port gets {@code defaultPort}. A bare IPv6 literal such as
   * {@code ::1} is a host without a port: with a port it must be written in brackets.
   *
   * @throws IllegalArgumentException naming the bad entry, in words fit for a usage error
   */
  static ServerAddresses parse(String hosts, int defaultPort) {
    if (hosts.isBlank()) {
      throw new IllegalArgumentException("--host must not be empty");
    }
    List<Entry> entries = new ArrayList<>();
    for (String part : hosts.split(",", -1)) {
      String text = part.strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("--host has an empty entry: \"" + hosts + "\"");
      }
      entries.add(entry(text, defaultPort));
    }
    return new ServerAddresses(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  /** Every entry's label: {@code a:5000, b:5001}. */
  String describe() {
    return entries.stream().map(Entry::label).collect(Collectors.joining(", "));
  }

  /**
   * Resolves every entry now and orders what it found for one connect round.
   *
   * @param last the address of the last connection, tried last; null when there was none
   */
  Round round(Resolver resolver, InetSocketAddress last) {
    Map<InetSocketAddress, Address> found = new LinkedHashMap<>();
    List<Unresolved> unresolved = new ArrayList<>();
    for (Entry entry : entries) {
      InetAddress[] addresses;
      try {
        addresses = resolver.resolve(entry.host());
      } catch (UnknownHostException e) {
        unresolved.add(new Unresolved(entry, e));
        continue;
      }
      for (InetAddress address : addresses) {
        InetSocketAddress socket = new InetSocketAddress(address, entry.port());
        found.putIfAbsent(socket, new Address(entry, socket, addresses.length > 1));
      }
    }
    return new Round(startingAfter(List.copyOf(found.values()), last), unresolved);
  }

  /** {@code addresses} rotated to begin after {@code last}; unchanged when {@code last} is not among them. */
  static List<Address> startingAfter(List<Address> addresses, InetSocketAddress last) {
    int at = -1;
    for (int i = 0; i < addresses.size() && at < 0; i++) {
      if (addresses.get(i).socket().equals(last)) {
        at = i;
      }
    }
    List<Address> order = new ArrayList<>(addresses.subList(at + 1, addresses.size()));
    order.addAll(addresses.subList(0, at + 1));
    return order;
  }

  private static Entry entry(String text, int defaultPort) {
    if (text.startsWith("[")) {
      return bracketed(text, defaultPort);
    }
    int colon = text.indexOf(':');
    if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
      // No colon: a name or IPv4 address. Several: a bare IPv6 literal, which cannot carry a port.
      return new Entry(text, defaultPort);
    }
    if (colon == 0) {
      throw bad(text, "no host before the port");
    }
    return new Entry(text.substring(0, colon), port(text, text.substring(colon + 1)));
  }

  private static Entry bracketed(String text, int defaultPort) {
    int close = text.indexOf(']');
    if (close < 0) {
      throw bad(text, "no closing ']'");
    }
    String host = text.substring(1, close);
    if (host.isEmpty()) {
      throw bad(text, "no address in []");
    }
    String rest = text.substring(close + 1);
    if (rest.isEmpty()) {
      return new Entry(host, defaultPort);
    }
    if (!rest.startsWith(":")) {
      throw bad(text, "expected :PORT after ']'");
    }
    return new Entry(host, port(text, rest.substring(1)));
  }

  private static int port(String entry, String digits) {
    boolean number = !digits.isEmpty() && digits.length() <= 5 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    int port = number ? Integer.parseInt(digits) : 0;
    if (port < 1 || port > 65535) {
      throw bad(entry, "port must be 1-65535, got \"" + digits + "\"");
    }
    return port;
  }

  private static IllegalArgumentException bad(String entry, String why) {
    return new IllegalArgumentException("--host entry \"" + entry + "\": " + why);
  }
}
