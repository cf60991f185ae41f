package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.Rank;
import dev.relay.line.CommandTable;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md section 5 (commands). */
@ExtendWith(VertxExtension.class)
class CommandsTest {

  private int port;

  @BeforeEach
  void start(Vertx vertx) {
    port = TestServer.start(vertx).port();
  }

  @Test
  void helpListsEveryCommandAGuestMayUseOnALineEach() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("/help");
      alice.expectStartsWith("* Commands");
      for (var spec : CommandTable.specs()) {
        if (spec.rank() == Rank.GUEST) {
          assertThat(alice.readLine()).startsWith("*   /" + spec.name()).contains(spec.summary());
        }
      }
      assertThat(alice.linesUntilSync()).isEmpty();
    }
  }

  @Test
  void commandWordIsCaseInsensitive() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("/ME waves");
      alice.expect("* alice waves");
    }
  }

  @Test
  void nickRenamesTellsTheRoomAndFreesTheOldAlias() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      alice.send("/nick alicia");
      alice.expect("* alice is now known as alicia");
      bob.expect("* alice is now known as alicia");
      alice.send("hi");
      bob.expect("alicia: hi");
      try (LineClient newcomer = LineClient.login(port, "alice")) {
        newcomer.expect("-- history of lobby: 1 line --");
        newcomer.skipUntil("-- end of history --");
        newcomer.send("/who");
        newcomer.expect("* 3 members in lobby:");
        newcomer.expect("*   alicia, bob, alice");
      }
    }
  }

  @Test
  void nickFollowsTheAliasRules() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.send("/nick BOB");
      alice.skipUntil("! alias taken: BOB");
      alice.send("/nick no way");
      alice.expect("! usage: /nick NEW");
      alice.send("/nick bad!");
      alice.expectStartsWith("! invalid alias: ");
      alice.send("/nick alice");
      alice.expect("! you are already alice");
      alice.send("/nick ALICE");
      alice.expect("* alice is now known as ALICE");
    }
  }

  @Test
  void joinMovesBetweenRoomsWithNoticesOnBothSides() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      try (LineClient carol = LineClient.login(port, "carol")) {
        carol.send("/join #dev");
        carol.expect("* You are now in room dev");
        alice.skipUntil("* carol has joined lobby");
        alice.expect("* carol has left lobby");
        bob.skipUntil("* carol has left lobby");
        bob.send("/join DEV");
        bob.expect("* You are now in room dev");
        carol.expect("* bob has joined dev");
        alice.expect("* bob has left lobby");
        carol.send("only dev hears this");
        bob.expect("carol: only dev hears this");
        carol.expect("carol: only dev hears this");
        assertThat(alice.linesUntilSync()).isEmpty();
        bob.send("/join dev");
        bob.expect("! you are already in dev");
      }
    }
  }

  @Test
  void joinRefusesInvalidRoomNames() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("/join bad.name");
      alice.expectStartsWith("! invalid room: ");
      alice.send("/join " + "r".repeat(33));
      alice.expectStartsWith("! invalid room: ");
      alice.send("/join");
      alice.expect("! usage: /join ROOM [KEY]");
    }
  }

  @Test
  void roomsListsEveryRoomWithItsMemberCount() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob");
        LineClient carol = LineClient.login(port, "carol")) {
      carol.send("/join dev");
      carol.expect("* You are now in room dev");
      alice.send("/rooms");
      alice.skipUntil("* 2 rooms:");
      assertThat(List.of(alice.readLine(), alice.readLine()))
          .containsExactly("*   lobby (2 members)", "*   dev (1 member)");
      carol.send("/join lobby");
      carol.expect("* You are now in room lobby");
      bob.send("/rooms");
      bob.skipUntil("* 1 room:");
      bob.expect("*   lobby (3 members)");
    }
  }

  @Test
  void whoListsTheAliasesInTheCurrentRoom() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      bob.send("/who");
      bob.expect("* 2 members in lobby:");
      bob.expect("*   alice, bob");
    }
  }

  @Test
  void msgReachesOnlyTheRecipientAndConfirmsToTheSender() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob");
        LineClient carol = LineClient.login(port, "carol")) {
      bob.send("/join elsewhere");
      bob.skipUntil("* You are now in room elsewhere");
      alice.send("/msg BOB psst, over here");
      alice.skipUntil("* pm to bob: psst, over here");
      bob.expect("[pm] alice: psst, over here");
      assertThat(carol.linesUntilSync()).noneMatch(l -> l.contains("psst"));
    }
  }

  @Test
  void msgToAnUnknownAliasIsAnError() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("/msg nobody hello?");
      alice.expect("! no such alias: nobody");
      alice.send("/msg nobody");
      alice.expect("! usage: /msg ALIAS TEXT");
    }
  }

  @Test
  void meTellsTheRoomAnAction() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      bob.send("/me waves at everyone");
      alice.expect("* bob waves at everyone");
      bob.expect("* bob waves at everyone");
    }
  }

  @Test
  void quitTellsTheRoomWithTheReasonThenCloses() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      bob.send("/quit see you later");
      assertThat(bob.readUntilClosed()).containsExactly("* Goodbye");
      alice.expect("* bob has left lobby (see you later)");
      alice.send("/quit");
      assertThat(alice.readUntilClosed()).containsExactly("* Goodbye");
    }
  }

  @Test
  void unknownCommandIsAnErrorAndTheConnectionStays() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("/dance wildly");
      alice.expect("! unknown command /dance (try /help)");
      alice.send("still here");
      alice.expect("alice: still here");
    }
  }
}
