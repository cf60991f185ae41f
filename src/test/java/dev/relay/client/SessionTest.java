package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.client.Session.Back;
import dev.relay.client.Session.Reaction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final String WELCOME_BOB = "* You are now connected as bob in room lobby. Type /help for commands.";

  @Test
  void answersTheHandshakeWithTheGivenAlias() {
    Session session = new Session(Optional.of("bob"), new SeenLines());
    assertThat(session.acceptsInput()).isFalse();
    assertThat(on(session, "alias?")).isEqualTo(new Reaction.Send("bob"));
    assertThat(session.prompt()).isEqualTo("bob> ");
    assertThat(on(session, WELCOME_BOB)).isEqualTo(new Reaction.Welcomed("lobby", new Back.Stay()));
    assertThat(session.acceptsInput()).isTrue();
    assertThat(session.prompt()).isEqualTo("[lobby] bob> ");
  }

  @Test
  void withoutAnAliasTheUserAnswers() {
    Session session = new Session(Optional.empty(), new SeenLines());
    assertThat(session.acceptsInput()).isTrue();
    assertThat(session.prompt()).isEqualTo("alias? ");
    assertThat(on(session, "alias?")).isEqualTo(new Reaction.Nothing());
    on(session, WELCOME_BOB);
    assertThat(session.alias()).contains("bob");
    assertThat(session.room()).contains("lobby");
  }

  @Test
  void aRefusedAliasIsReportedOnceAndThenTheUserAnswers() {
    Session session = new Session(Optional.of("bob"), new SeenLines());
    on(session, "alias?");
    assertThat(on(session, "! alias taken: bob")).isEqualTo(new Reaction.AliasRefused("alias taken: bob"));
    assertThat(on(session, "alias?")).isEqualTo(new Reaction.Nothing());
    assertThat(session.acceptsInput()).isTrue();
    assertThat(session.prompt()).isEqualTo("alias? ");
  }

  @Test
  void errorsWhileChattingAreNotRefusals() {
    Session session = chattingAs("bob");
    assertThat(on(session, "! alias taken: carol")).isEqualTo(new Reaction.Nothing());
    assertThat(session.alias()).contains("bob");
  }

  @Test
  void tracksOurRoom() {
    Session session = chattingAs("bob");
    on(session, "* You are now in room Games");
    assertThat(session.room()).contains("Games");
    assertThat(session.prompt()).isEqualTo("[Games] bob> ");
  }

  @Test
  void tracksOurRenameButNotOthers() {
    Session session = chattingAs("bob");
    on(session, "* carol is now known as caroline");
    assertThat(session.alias()).contains("bob");
    on(session, "* bob is now known as robert");
    assertThat(session.alias()).contains("robert");
  }

  @Test
  void aWelcomeWhileChattingIsIgnored() {
    Session session = chattingAs("bob");
    on(session, "* You are now connected as mallory in room evil. Type /help for commands.");
    assertThat(session.alias()).contains("bob");
    assertThat(session.room()).contains("lobby");
  }

  @Test
  void afterALostConnectionItAnswersWithTheCurrentAliasAndRejoinsTheRoom() {
    Session session = chattingAs("bob");
    on(session, "* bob is now known as robert");
    on(session, "* You are now in room games");
    session.connectionLost();
    assertThat(session.acceptsInput()).isFalse();
    assertThat(session.prompt()).isEqualTo("[games] robert> ");
    assertThat(on(session, "alias?")).isEqualTo(new Reaction.Send("robert"));
    assertThat(on(session, "* You are now connected as robert in room lobby. Type /help for commands."))
        .isEqualTo(new Reaction.Welcomed("lobby", new Back.Rejoin("games")));
    assertThat(session.acceptsInput()).isTrue();
    on(session, "* You are now in room games");
    assertThat(session.room()).contains("games");
  }

  @Test
  void aConnectionLostBeforeTheRejoinStillRejoins() {
    Session session = chattingAs("bob");
    on(session, "* You are now in room games");
    session.connectionLost();
    on(session, "alias?");
    on(session, WELCOME_BOB);
    session.connectionLost();
    on(session, "alias?");
    assertThat(on(session, WELCOME_BOB)).isEqualTo(new Reaction.Welcomed("lobby", new Back.Rejoin("games")));
  }

  @Test
  void noRejoinWhenTheWelcomeIsAlreadyInTheRoom() {
    Session session = chattingAs("bob");
    session.connectionLost();
    on(session, "alias?");
    assertThat(on(session, "* You are now connected as bob in room LOBBY."))
        .isEqualTo(new Reaction.Welcomed("LOBBY", new Back.Stay()));
  }

  @Test
  void afterALostConnectionItResumesTheRoomFromTheLastLineShown() {
    SeenLines seen = new SeenLines();
    Session session = new Session(Optional.of("bob"), seen);
    on(session, "alias?");
    on(session, WELCOME_BOB);
    assertThat(on(session, "* You are now in room Games")).isEqualTo(new Reaction.Entered("Games"));
    seen.shown("games", 41);
    session.connectionLost();
    on(session, "alias?");
    Reaction welcomed = on(session, WELCOME_BOB);
    assertThat(welcomed).isEqualTo(new Reaction.Welcomed("lobby", new Back.Resume("Games", 41)));
    assertThat(((Back.Resume) ((Reaction.Welcomed) welcomed).back()).line()).isEqualTo("/resume Games 41");
  }

  @Test
  void theLobbyIsResumedToo() {
    SeenLines seen = new SeenLines();
    Session session = new Session(Optional.of("bob"), seen);
    on(session, "alias?");
    on(session, WELCOME_BOB);
    seen.shown("lobby", 7);
    session.connectionLost();
    on(session, "alias?");
    assertThat(on(session, WELCOME_BOB)).isEqualTo(new Reaction.Welcomed("lobby", new Back.Resume("lobby", 7)));
  }

  @Test
  void aLiveRoomLineIsNotReadForWhatItSays() {
    Session session = chattingAs("bob");
    assertThat(on(session, "[#3] * bob is now known as mallory")).isEqualTo(new Reaction.Nothing());
    assertThat(session.alias()).contains("bob");
  }

  @Test
  void aliasTakenAfterAReconnectLetsTheUserChooseAgain() {
    Session session = chattingAs("bob");
    session.connectionLost();
    on(session, "alias?");
    assertThat(on(session, "! alias taken: bob")).isEqualTo(new Reaction.AliasRefused("alias taken: bob"));
    assertThat(session.prompt()).isEqualTo("alias? ");
    assertThat(session.acceptsInput()).isTrue();
  }

  private static Session chattingAs(String alias) {
    Session session = new Session(Optional.of(alias), new SeenLines());
    on(session, "alias?");
    on(session, "* You are now connected as " + alias + " in room lobby. Type /help for commands.");
    return session;
  }

  @Test
  void theUserTypesThePasswordOfARegisteredAliasAndTheTokenAnswersAfterAReconnect() {
    Session session = new Session(Optional.of("bob"), new SeenLines());
    on(session, "alias?");
    assertThat(on(session, "password?")).isEqualTo(new Reaction.Nothing());
    assertThat(session.acceptsInput()).isTrue();
    assertThat(session.prompt()).isEqualTo(Session.PASSWORD_PROMPT);
    session.userSent();
    on(session, WELCOME_BOB);
    on(session, "* resume token: TOKEN-43");
    session.connectionLost();
    assertThat(on(session, "alias?")).isEqualTo(new Reaction.Send("bob"));
    assertThat(on(session, "password?")).isEqualTo(new Reaction.Send("TOKEN-43"));
    assertThat(session.acceptsInput()).isFalse();
  }

  @Test
  void aRefusedTokenIsDroppedAndTheUserAnswersAgain() {
    Session session = chattingAs("bob");
    on(session, "* resume token: OLD");
    session.connectionLost();
    on(session, "alias?");
    on(session, "password?");
    assertThat(on(session, "! wrong password for bob")).isEqualTo(new Reaction.AliasRefused("wrong password for bob"));
    on(session, "alias?");
    assertThat(session.prompt()).isEqualTo("alias? ");
  }

  private static Reaction on(Session session, String line) {
    return session.onLine(ServerLine.parse(line));
  }
}
