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
 * @param baseline    where the server's growth in resident memory is counted from
 */
record IdlePlan(Target target, FleetSettings fleet, int clients, double holdSeconds, Long pid, int roomSize,
    String roomPrefix, boolean liveHeap, RssBaseline baseline) {

  /**
   * The server's resident memory to count growth from, and the connections other processes opened since it was
   * read; {@link #OWN_START} reads it when this run starts.
   *
   * @param kibibytes   VmRSS, KiB, or null to read it at the start of this run
   * @param connections connections already open, counted in the growth per connection with this run's own
   */
  record RssBaseline(Long kibibytes, int connections) {

    static final RssBaseline OWN_START = new RssBaseline(null, 0);
  }


  int loops() {
    return Math.max(1, Math.min(fleet.threads(), clients));
  }

  /** The room of connection {@code i}, or null when it stays put. */
  String room(int i) {
    return roomSize == 0 ? null : roomPrefix + "-" + i / roomSize;
  }
}
