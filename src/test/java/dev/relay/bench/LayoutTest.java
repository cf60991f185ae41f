package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who sits where: every sender has an acknowledging member on its own loop, and senders use the first target. */
class LayoutTest {

  @Test
  void oneRoomGivesEverySenderAnotherMemberOnItsLoop() {
    for (int clients = 2; clients < 30; clients++) {
      Layout layout = Layout.oneRoom(clients, clients, "bench", 1, 4);
      for (Seat seat : layout.seats()) {
        Seat acknowledger = layout.seats().get(seat.acknowledger());
        assertThat(acknowledger.id()).as("%d clients, seat %d", clients, seat.id()).isNotEqualTo(seat.id());
        assertThat(acknowledger.loop()).isEqualTo(seat.loop());
      }
    }
  }

  @Test
  void oneRoomSpreadsReceiversOverTargetsAndKeepsSendersOnTheFirst() {
    Layout layout = Layout.oneRoom(10, 3, "bench", 2, 2);

    assertThat(layout.seats()).filteredOn(Seat::sends).extracting(Seat::target).containsOnly(0);
    assertThat(layout.seats()).filteredOn(seat -> !seat.sends()).extracting(Seat::target).contains(0, 1);
    assertThat(layout.seats()).allSatisfy(seat -> assertThat(seat.receivers()).isEqualTo(9));
    assertThat(layout.senders()).isEqualTo(3);
  }

  @Test
  void roomsKeepARoomOnOneLoopAndItsSenderNumbersTogether() {
    Layout layout = Layout.rooms(3, 4, "bench", 2);

    assertThat(layout.clients()).isEqualTo(12);
    for (Seat seat : layout.seats()) {
      int room = seat.id() / 4;
      assertThat(seat.room()).isEqualTo("bench-" + room);
      assertThat(seat.firstSender()).isEqualTo(room * 4);
      assertThat(seat.senders()).isEqualTo(4);
      assertThat(seat.receivers()).isEqualTo(3);
      Seat acknowledger = layout.seats().get(seat.acknowledger());
      assertThat(acknowledger.room()).isEqualTo(seat.room());
      assertThat(acknowledger.loop()).isEqualTo(seat.loop());
      assertThat(acknowledger.id()).isNotEqualTo(seat.id());
    }
  }

  @Test
  void receiversByLoopCountTheRoomButTheSenderOnEachLoop() {
    Layout fanout = Layout.oneRoom(10, 2, "bench", 1, 3);
    Layout rooms = Layout.rooms(3, 4, "bench", 2);

    assertThat(fanout.receiversByLoop(fanout.seats().get(0))).containsExactly(3, 3, 3);
    assertThat(fanout.receiversByLoop(fanout.seats().get(1))).containsExactly(4, 2, 3);
    assertThat(rooms.receiversByLoop(rooms.seats().get(5))).containsExactly(0, 3);
    assertThat(rooms.receiversByLoop(rooms.seats().get(8))).containsExactly(3, 0);
  }
}
