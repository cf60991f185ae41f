package dev.relay.bench;

/**
 * What an idle run is asked to do.
 *
 * @param target      the server
 * @param fleet       how to connect
 * @param clients     connections to open
 * @param holdSeconds how long to keep them once all are open
 * @param pid         the local server process whose memory to read, or null
 * @param roomSize    connections per room (ROOM-0, ROOM-1, ...), or 0 to stay where registration puts them
 * @param roomPrefix  the rooms' name prefix
 * @param liveHeap    whether to read the server's live heap too (a JVM; needs {@code pid})
 */
record IdlePlan(Target target, FleetSettings fleet, int clients, double holdSeconds, Long pid, int roomSize,
    String roomPrefix, boolean liveHeap) {

  int loops() {
    return Math.max(1, Math.min(fleet.threads(), clients));
  }

  /** The room of connection {@code i}, or null when it stays put. */
  String room(int i) {
    return roomSize == 0 ? null : roomPrefix + "-" + i / roomSize;
  }
}
