package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What each dialect makes of server lines, on sample lines: no server needed. */
class DialectTest {

  private final Dialect irc = new IrcDialect();
  private final Dialect relay = new RelayDialect();

  @Test
  void ircRoomMessagesYieldTheirText() {
    assertThat(text(irc, ":b3!~b3@localhost PRIVMSG #bench :b 3 17 123456 xxx")).isEqualTo("b 3 17 123456 xxx");
    assertThat(text(irc, "@time=2024-01-01T00:00:00Z :b3!b3@h PRIVMSG #bench :b 3 1 2")).isEqualTo("b 3 1 2");
    assertThat(text(irc, ":b3!b3@h PRIVMSG #bench word")).isEqualTo("word");
  }

  @Test
  void otherIrcLinesAreNotRoomMessages() {
    assertThat(text(irc, ":b3!b3@h JOIN :#bench")).isNull();
    assertThat(text(irc, ":irc.example.net NOTICE * :*** Looking up your hostname")).isNull();
    assertThat(text(irc, "PING :irc.example.net")).isNull();
    assertThat(text(irc, ":irc.example.net 353 b0 = #bench :b0 b1 b2")).isNull();
  }

  @Test
  void ircControlLines() {
    assertThat(control(irc, ":irc.example.net 001 b0 :Welcome to the network b0")).isEqualTo(Control.REGISTERED);
    assertThat(control(irc, ":irc.example.net 366 b0 #bench :End of /NAMES list.")).isEqualTo(Control.JOINED);
    assertThat(control(irc, "PING :irc.example.net")).isEqualTo(Control.PING);
    assertThat(control(irc, ":irc.example.net PING :token")).isEqualTo(Control.PING);
    assertThat(control(irc, ":irc.example.net 433 * b0 :Nickname is already in use")).isEqualTo(Control.REFUSAL);
    assertThat(control(irc, "ERROR :Closing connection")).isEqualTo(Control.REFUSAL);
    assertThat(control(irc, ":irc.example.net 422 b0 :MOTD File is missing")).isEqualTo(Control.OTHER);
    assertThat(control(irc, ":irc.example.net 372 b0 :- hello")).isEqualTo(Control.OTHER);
    assertThat(control(irc, ":b1!b1@h JOIN #bench")).isEqualTo(Control.OTHER);
  }

  @Test
  void ircAnswersPingWithPongAndItsToken() {
    byte[] line = bytes("PING :irc.example.net");

    assertThat(irc.pong(line, 0, line.length).toString()).isEqualTo("PONG :irc.example.net\r\n");
  }

  @Test
  void ircCommands() {
    assertThat(irc.greeting("b0").toString()).isEqualTo(
        "CAP REQ :draft/chathistory\r\nNICK b0\r\nUSER b0 0 * :relay bench\r\nCAP END\r\n");
    assertThat(irc.join("bench").toString()).isEqualTo("JOIN #bench\r\n");
    assertThat(new String(irc.sayPrefix("bench"), StandardCharsets.US_ASCII)).isEqualTo("PRIVMSG #bench :");
    assertThat(irc.echoesSender()).isFalse();
  }

  @Test
  void relayChatLinesYieldTheirText() {
    assertThat(text(relay, "b12: b 12 0 99 xx")).isEqualTo("b 12 0 99 xx");
    assertThat(text(relay, "b12: ")).isEqualTo("");
  }

  @Test
  void relayNoticesErrorsAndPrivateMessagesAreNotChat() {
    assertThat(text(relay, "* b1 has joined bench")).isNull();
    assertThat(text(relay, "! alias taken: b1")).isNull();
    assertThat(text(relay, "[pm] b1: b 1 2 3")).isNull();
    assertThat(text(relay, "alias?")).isNull();
  }

  @Test
  void relayControlLines() {
    assertThat(control(relay, "alias?")).isEqualTo(Control.PROMPT);
    assertThat(control(relay, "* You are now connected as b0 in room lobby. Type /help for commands."))
        .isEqualTo(Control.REGISTERED);
    assertThat(control(relay, "* You are now in room bench")).isEqualTo(Control.JOINED);
    assertThat(control(relay, "! too many connections from your address (100), try again later"))
        .isEqualTo(Control.REFUSAL);
    assertThat(control(relay, "* b1 has joined bench")).isEqualTo(Control.OTHER);
  }

  @Test
  void relayCommands() {
    assertThat(relay.alias("b0").toString()).isEqualTo("b0\n");
    assertThat(relay.join("bench").toString()).isEqualTo("/join bench\n");
    assertThat(relay.needsJoin("Lobby")).isFalse();
    assertThat(relay.echoesSender()).isTrue();
  }

  private static String text(Dialect dialect, String line) {
    byte[] bytes = bytes(line);
    int from = dialect.chatText(bytes, 0, bytes.length);
    return from < 0 ? null : new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  private static Control control(Dialect dialect, String line) {
    byte[] bytes = bytes(line);
    return dialect.control(bytes, 0, bytes.length);
  }

  private static byte[] bytes(String line) {
    return line.getBytes(StandardCharsets.UTF_8);
  }
}
