package dev.relay.server;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts this instance's connections, in all and per client address, and turns away those over the
 * limits. One owner: the hub's context, which the listeners ask over the event bus.
 */
final class Admission {

  private final int maxConnections;
  private final int maxPerAddress;
  private final Map<String, Integer> perAddress = new HashMap<>();
  private int total;

  /** Limits of 0 mean none. */
  Admission(int maxConnections, int maxPerAddress) {
    this.maxConnections = maxConnections;
    this.maxPerAddress = maxPerAddress;
  }

  /** Why a connection from {@code address} is refused, or null when it is admitted (and counted). */
  String admit(String address) {
    if (maxConnections > 0 && total >= maxConnections) {
      return "! server full (" + maxConnections + " connections), try again later";
    }
    int fromAddress = perAddress.getOrDefault(address, 0);
    if (maxPerAddress > 0 && fromAddress >= maxPerAddress) {
      return "! too many connections from your address (" + maxPerAddress + "), try again later";
    }
    total++;
    perAddress.put(address, fromAddress + 1);
    return null;
  }

  void release(String address) {
    Integer count = perAddress.get(address);
    if (count == null) {
      return;
    }
    total--;
    if (count == 1) {
      perAddress.remove(address);
    } else {
      perAddress.put(address, count - 1);
    }
  }
}
