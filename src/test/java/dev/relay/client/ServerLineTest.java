package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerLineTest {

  @Test
  void aliasPromptIsTheExactLine() {
    assertThat(ServerLine.parse("alias?")).isEqualTo(new ServerLine.AliasPrompt());
    assertThat(ServerLine.parse("alias? ")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("bob: alias?")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void welcomeGivesAliasAndRoom() {
    assertThat(ServerLine.parse("* You are now connected as alice in room lobby. Type /help for commands."))
        .isEqualTo(new ServerLine.Welcome("alice", "lobby"));
    assertThat(ServerLine.parse("* You are now connected as a.b-c in room my_room"))
        .isEqualTo(new ServerLine.Welcome("a.b-c", "my_room"));
  }

  @Test
  void malformedWelcomeIsJustShown() {
    assertThat(ServerLine.parse("* You are now connected as two words in room lobby.")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("* You are now connected as alice in room ")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("* You are now connected as alice")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void roomEnteredGivesTheRoomAsTheServerSpellsIt() {
    assertThat(ServerLine.parse("* You are now in room Games")).isEqualTo(new ServerLine.RoomEntered("Games"));
    assertThat(ServerLine.parse("* You are now in room ")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void renameGivesOldAndNewAlias() {
    assertThat(ServerLine.parse("* alice is now known as alicia")).isEqualTo(new ServerLine.Renamed("alice", "alicia"));
    assertThat(ServerLine.parse("bob: * alice is now known as alicia")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("* alice is now known as the queen")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void errorsKeepTheirReason() {
    assertThat(ServerLine.parse("! alias taken: bob")).isEqualTo(new ServerLine.Error("alias taken: bob"));
  }

  @Test
  void chatAndOtherNoticesAreOther() {
    assertThat(ServerLine.parse("bob: hello")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("[pm] bob: hi")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("* Goodbye")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void aLiveRoomLineGivesItsIdAndTheLineWithoutIt() {
    assertThat(ServerLine.parse("[#812] alice: hi")).isEqualTo(new ServerLine.RoomLine(812, "alice: hi"));
    assertThat(ServerLine.parse("[#3] * alice waves")).isEqualTo(new ServerLine.RoomLine(3, "* alice waves"));
    assertThat(ServerLine.parse("[#9] -bot- text")).isEqualTo(new ServerLine.RoomLine(9, "-bot- text"));
    assertThat(ServerLine.parse("[#] alice: hi")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("[#12x] alice: hi")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("[#1234567890123456789] alice: hi")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("alice: [#3] hi")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void aLineReadBackGivesItsId() {
    assertThat(ServerLine.parse("[10:02:03 #810] alice: hello")).isEqualTo(new ServerLine.KeptLine(810));
    assertThat(ServerLine.parse("[10:02 #810] alice: hello")).isEqualTo(new ServerLine.Other());
    assertThat(ServerLine.parse("[10:02:03] [pm] alice: kept for you")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void historyBlocksAreFramed() {
    assertThat(ServerLine.parse("-- history of dev: 3 lines --")).isEqualTo(new ServerLine.HistoryStart("dev", 3));
    assertThat(ServerLine.parse("-- history of dev: 1 line --")).isEqualTo(new ServerLine.HistoryStart("dev", 1));
    assertThat(ServerLine.parse("-- history of dev: no lines --")).isEqualTo(new ServerLine.HistoryStart("dev", 0));
    assertThat(ServerLine.parse("-- 2026-11-30 --")).isEqualTo(new ServerLine.Day());
    assertThat(ServerLine.parse("-- end of history --")).isEqualTo(new ServerLine.BlockEnd());
    assertThat(ServerLine.parse("-- end of missed lines --")).isEqualTo(new ServerLine.BlockEnd());
    assertThat(ServerLine.parse("-- history of my room: 3 lines --")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void theMissedLineSaysHowManyLinesFollow() {
    assertThat(ServerLine.parse("-- you missed nothing --")).isEqualTo(new ServerLine.MissedStart(0));
    assertThat(ServerLine.parse("-- you missed 1 line --")).isEqualTo(new ServerLine.MissedStart(1));
    assertThat(ServerLine.parse("-- you missed 137 lines --")).isEqualTo(new ServerLine.MissedStart(137));
    assertThat(ServerLine.parse("-- you missed 137 lines; 37 are no longer kept --"))
        .isEqualTo(new ServerLine.MissedStart(100));
    assertThat(ServerLine.parse("-- you missed 2 lines; 2 are no longer kept --"))
        .isEqualTo(new ServerLine.MissedStart(0));
    assertThat(ServerLine.parse("-- you missed 5 lines; 1 is no longer kept --"))
        .isEqualTo(new ServerLine.MissedStart(4));
    assertThat(ServerLine.parse("-- you missed 1200 lines; the newest 500 follow --"))
        .isEqualTo(new ServerLine.MissedStart(500));
    assertThat(ServerLine.parse("-- you missed the bus --")).isEqualTo(new ServerLine.Other());
  }

  @Test
  void theAnswerToIdsOnIsKnown() {
    assertThat(ServerLine.parse("* room lines now show their ids")).isEqualTo(new ServerLine.IdsShown());
    assertThat(ServerLine.parse("* room lines no longer show their ids")).isEqualTo(new ServerLine.Other());
  }
}
