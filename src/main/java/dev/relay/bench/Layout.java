package dev.relay.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who is where in a load scenario: each seat's room, server, loop, and whether it sends. */
final class Layout {

  private final List<Seat> seats;
  private final int loops;
  private final int rooms;
  /** Each room's members on each loop. */
  private final Map<String, int[]> membersByLoop = new HashMap<>();

  private Layout(List<Seat> seats, int loops, int rooms) {
    this.seats = List.copyOf(seats);
    this.loops = loops;
    this.rooms = rooms;
    for (Seat seat : seats) {
      membersByLoop.computeIfAbsent(seat.room(), room -> new int[loops])[seat.loop()]++;
    }
  }

  /**
   * {@code clients} members of one room; the first {@code senders} send, all on target 0, and the others
   * are spread over the targets in turn. Each loop gets at least two members so that every sender has an
   * acknowledging member on its own loop: the next one there, wrapping round.
   */
  static Layout oneRoom(int clients, int senders, String room, int targets, int threads) {
    int loops = Math.max(1, Math.min(threads, clients / 2));
    List<Seat> seats = new ArrayList<>();
    for (int id = 0; id < clients; id++) {
      boolean sends = id < senders;
      int acknowledger = !sends ? -1 : id + loops < clients ? id + loops : id % loops;
      seats.add(new Seat(id, room, sends ? 0 : id % targets, id % loops, sends, 0, senders, clients - 1, acknowledger));
    }
    return new Layout(seats, loops, 1);
  }

  /**
   * {@code rooms} rooms named {@code prefix-0 ..} of {@code members} members each, all sending, on one
   * target. A room lives on one loop; each member's messages are acknowledged by the next member.
   */
  static Layout rooms(int rooms, int members, String prefix, int threads) {
    int loops = Math.max(1, Math.min(threads, rooms));
    List<Seat> seats = new ArrayList<>();
    for (int r = 0; r < rooms; r++) {
      int first = r * members;
      for (int m = 0; m < members; m++) {
        seats.add(new Seat(first + m, prefix + "-" + r, 0, r % loops, true, first, members, members - 1,
            first + (m + 1) % members));
      }
    }
    return new Layout(seats, loops, rooms);
  }

  /** How many receivers of {@code sender}'s messages (its room but itself) sit on each loop. */
  int[] receiversByLoop(Seat sender) {
    int[] receivers = membersByLoop.get(sender.room()).clone();
    receivers[sender.loop()]--;
    return receivers;
  }

  List<Seat> seats() {
    return seats;
  }

  int loops() {
    return loops;
  }

  int rooms() {
    return rooms;
  }

  int clients() {
    return seats.size();
  }

  int senders() {
    return (int) seats.stream().filter(Seat::sends).count();
  }
}
