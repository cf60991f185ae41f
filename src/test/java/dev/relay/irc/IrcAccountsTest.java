package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** docs/IRC.md section 2: accounts over IRC, SASL PLAIN and PASS, against an account registered on the line port. */
@ExtendWith(VertxExtension.class)
class IrcAccountsTest {

  private static final String PASSWORD = "correct horse";

  @TempDir
  Path dir;
  private AccountsServer server;

  @BeforeEach
  void start(Vertx vertx) {
    server = AccountsServer.start(vertx, StoreConfig.embedded(dir.resolve("data"), 2));
    try (LineClient alice = LineClient.login(server.port(), "alice")) {
      alice.send("/register " + PASSWORD);
      alice.expect("* alice is registered to you now: only you may use it, with your password.");
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String plain(String account, String password) {
    return Base64.getEncoder().encodeToString(("\0" + account + "\0" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void saslPlainLogsInAndTheNickIsTheAccount() {
    try (IrcClient client = IrcClient.connect(server.ircPort())) {
      client.send("CAP LS 302");
      assertThat(client.readLine()).isEqualTo(":relay CAP * LS :server-time message-tags batch draft/chathistory draft/event-playback sasl=PLAIN");
      client.send("NICK someone").send("USER a 0 * :A").send("CAP REQ :sasl");
      client.expect(":relay CAP someone ACK sasl");
      client.send("AUTHENTICATE PLAIN");
      client.expect("AUTHENTICATE +");
      client.send("AUTHENTICATE " + plain("alice", PASSWORD));
      client.expect(":relay 900 someone someone!someone@relay alice :You are now logged in as alice");
      client.expect(":relay 903 someone :SASL authentication successful");
      client.send("CAP END");
      assertThat(client.welcomed().get(0)).startsWith(":relay 001 alice ");
      client.send("NICK other");
      client.expect(":relay 432 alice alice :You are logged in as alice: your nick is your account");
    }
  }

  @Test
  void aWrongSaslPasswordFailsAndTheThirdClosesTheConnection() {
    try (IrcClient client = IrcClient.connect(server.ircPort())) {
      client.send("CAP REQ :sasl");
      client.expect(":relay CAP * ACK sasl");
      for (int i = 0; i < 3; i++) {
        client.send("AUTHENTICATE PLAIN");
        client.expect("AUTHENTICATE +");
        client.send("AUTHENTICATE " + plain("alice", "wrong password " + i));
        client.expect(":relay 904 * :SASL authentication failed: wrong password for alice");
      }
      assertThat(client.readUntilClosed()).containsExactly("ERROR :Closing Link: relay (Too many failed logins)");
    }
  }

  @Test
  void otherMechanismsAndAbortsAreAnswered() {
    try (IrcClient client = IrcClient.connect(server.ircPort())) {
      client.send("AUTHENTICATE SCRAM-SHA-256");
      client.expect(":relay 908 * PLAIN :are available SASL mechanisms");
      client.expect(":relay 904 * :SASL authentication failed");
      client.send("AUTHENTICATE PLAIN");
      client.expect("AUTHENTICATE +");
      client.send("AUTHENTICATE *");
      client.expect(":relay 906 * :SASL authentication aborted");
    }
  }

  @Test
  void passAccountColonPasswordLogsInAtRegistration() {
    try (IrcClient client = IrcClient.connect(server.ircPort())) {
      client.send("PASS :alice:" + PASSWORD).send("NICK alice").send("USER a 0 * :A");
      assertThat(client.welcomed().get(0)).startsWith(":relay 001 alice ");
    }
  }

  @Test
  void aWrongPassEndsTheConnection() {
    try (IrcClient client = IrcClient.connect(server.ircPort())) {
      client.send("PASS not-her-password").send("NICK alice").send("USER a 0 * :A");
      assertThat(client.readUntilClosed()).containsExactly(
          ":relay 464 alice :Password incorrect: wrong password for alice", "ERROR :Closing Link: relay (Bad password)");
    }
  }

  @Test
  void aRegisteredNickWithoutALoginIsRefusedAndAnotherIsTaken() {
    try (IrcClient client = IrcClient.connect(server.ircPort())) {
      client.send("NICK alice").send("USER a 0 * :A");
      client.expect(":relay 433 * alice :Nickname is registered: log in with SASL or PASS");
      client.send("NICK bob");
      assertThat(client.welcomed().get(0)).startsWith(":relay 001 bob ");
    }
  }
}
