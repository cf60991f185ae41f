package dev.relay.bench;

import picocli.CommandLine.Option;

/** The options of the one-room scenarios (fanout and cluster): who is in the room and who sends. */
final class OneRoomOptions {

  @Option(names = "--clients", paramLabel = "C", description = "Members of the room (default: ${DEFAULT-VALUE}).")
  int clients = 100;

  @Option(names = "--senders", paramLabel = "S", description = "Members that send (default: ${DEFAULT-VALUE}).")
  int senders = 1;

  @Option(names = "--room", paramLabel = "ROOM", description = "The room (default: ${DEFAULT-VALUE}).")
  String room = "bench";

  @Option(names = "--rate", paramLabel = "MSG/S",
      description = "Messages per second over all senders; 0 sends as fast as the window allows (default: ${DEFAULT-VALUE}).")
  double rate;

  /** The room over {@code targets} instances, after checking the options. */
  Layout layout(int targets, int threads) {
    Usage.require(clients >= 2, "--clients must be at least 2 (a sender and a receiver), got " + clients);
    Usage.require(senders >= 1 && senders <= clients, "--senders must be 1-" + clients + ", got " + senders);
    Usage.require(rate >= 0, "--rate must be 0 or more, got " + rate);
    return Layout.oneRoom(clients, senders, Rooms.checked("--room", room), targets, threads);
  }

  /** The rate each sender keeps. */
  double ratePerSender() {
    return rate / senders;
  }
}
