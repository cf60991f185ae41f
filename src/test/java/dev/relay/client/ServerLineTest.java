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
}
