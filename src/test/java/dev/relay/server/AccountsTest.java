package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.LineClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** docs/PROTOCOL.md section 9 (accounts), over real sockets, with the embedded store. */
@ExtendWith(VertxExtension.class)
class AccountsTest {

  private static final String PASSWORD = "correct horse";
  private static final String WELCOME = "* You are now connected as alice in room lobby. Type /help for commands.";

  @TempDir
  Path dir;
  private Vertx vertx;
  private AccountsServer server;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    server = AccountsServer.start(vertx, StoreConfig.embedded(dir.resolve("data"), 2));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Registers alice and leaves; returns her resume token. */
  private String registerAlice() {
    try (LineClient alice = LineClient.login(server.port(), "alice")) {
      alice.send("/register " + PASSWORD);
      alice.expect("* alice is registered to you now: only you may use it, with your password.");
      return token(alice.expectStartsWith("* resume token: "));
    }
  }

  private static String token(String line) {
    return line.substring("* resume token: ".length());
  }

  @Test
  void aRegisteredAliasAsksForItsPasswordAndLogsIn() {
    registerAlice();
    try (LineClient alice = LineClient.connect(server.port())) {
      alice.expect("alias?").send("alice");
      alice.expect("password?").send(PASSWORD);
      alice.expect(WELCOME);
      alice.expect("* You are logged in as alice.");
      assertThat(alice.expectStartsWith("* resume token: ")).hasSize("* resume token: ".length() + 43);
    }
  }

  @Test
  void aliasColonPasswordLogsInAtOnce() {
    registerAlice();
    try (LineClient alice = LineClient.connect(server.port())) {
      alice.expect("alias?").send("Alice:" + PASSWORD);
      alice.expect(WELCOME);
      alice.expect("* You are logged in as alice.");
    }
  }

  @Test
  void aWrongPasswordAsksForTheAliasAgainAndTheThirdHangsUp() {
    registerAlice();
    try (LineClient client = LineClient.connect(server.port())) {
      client.expect("alias?").send("alice");
      client.expect("password?").send("not it at all");
      client.expect("! wrong password for alice");
      client.expect("alias?").send("alice:still wrong");
      client.expect("! wrong password for alice");
      client.expect("alias?").send("alice:wrong again");
      assertThat(client.readUntilClosed()).containsExactly("! wrong password for alice",
          "! too many failed logins, disconnecting");
    }
  }

  @Test
  void aLoginWhoseAliasIsInUseLeavesTheConnectionAGuestUntilItLogsIn() {
    registerAlice();
    try (LineClient alice = LineClient.connect(server.port());
        LineClient second = LineClient.connect(server.port())) {
      alice.expect("alias?").send("alice:" + PASSWORD);
      alice.expect(WELCOME);
      second.expect("alias?").send("alice:" + PASSWORD);
      second.expect("! alias taken: alice");
      second.expect("alias?").send("bob");
      second.expect("* You are now connected as bob in room lobby. Type /help for commands.");
      second.send("/password another one");
      second.expect("! you are not logged in to an account");
    }
  }

  @Test
  void aBlankLineAtThePasswordPromptGoesBackToTheAlias() {
    registerAlice();
    try (LineClient client = LineClient.connect(server.port())) {
      client.expect("alias?").send("alice");
      client.expect("password?").send("");
      client.expect("alias?").send("bob");
      client.expectStartsWith("* You are now connected as bob");
    }
  }

  @Test
  void aLoginToAnAliasThatIsNoAccountIsRefused() {
    try (LineClient client = LineClient.connect(server.port())) {
      client.expect("alias?").send("nobody:" + PASSWORD);
      client.expect("! nobody is not registered");
      client.expect("alias?");
    }
  }

  @Test
  void failuresPerAccountAreLimitedAcrossConnectionsButTheTokenStillLogsIn() {
    String token = registerAlice();
    for (int i = 0; i < 2; i++) {
      try (LineClient guesser = LineClient.connect(server.port())) {
        guesser.expect("alias?").send("alice:guess one");
        guesser.expect("! wrong password for alice");
        guesser.expect("alias?").send("alice:guess two");
        guesser.expect("! wrong password for alice");
      }
    }
    try (LineClient guesser = LineClient.connect(server.port())) {
      guesser.expect("alias?").send("alice:" + PASSWORD);
      assertThat(guesser.readLine()).matches("! too many attempts, try again in \\d+ s");
      guesser.expect("alias?").send("alice:" + token);
      guesser.expect(WELCOME);
    }
  }

  @Test
  void aResumeTokenLogsInUntilThePasswordChanges() {
    String first = registerAlice();
    String second;
    try (LineClient alice = LineClient.connect(server.port())) {
      alice.expect("alias?").send("alice");
      alice.expect("password?").send(first);
      alice.expect(WELCOME);
      alice.expect("* You are logged in as alice.");
      alice.send("/password a new password");
      alice.expect("* Your password is changed; resume tokens issued before are void.");
      second = token(alice.expectStartsWith("* resume token: "));
    }
    try (LineClient alice = LineClient.connect(server.port())) {
      alice.expect("alias?").send("alice:" + first);
      alice.expect("! wrong password for alice");
      alice.expect("alias?").send("alice:" + second);
      alice.expect(WELCOME);
    }
  }

  @Test
  void guestsCannotTakeAnAccountAndAMemberWhoLoggedInKeepsItsAlias() {
    registerAlice();
    try (LineClient bob = LineClient.login(server.port(), "bob");
        LineClient alice = LineClient.connect(server.port())) {
      bob.send("/nick ALICE");
      bob.expect("! ALICE is a registered account: log in as ALICE with its password");
      alice.expect("alias?").send("alice:" + PASSWORD);
      alice.expect(WELCOME);
      alice.skipUntil("* You are logged in as alice.");
      alice.send("/nick alice2");
      alice.skipUntil("! you are logged in as alice: your alias is your account");
    }
  }

  @Test
  void registrationRulesAndCommandsThatNeedALogin() {
    try (LineClient bob = LineClient.login(server.port(), "bob")) {
      bob.send("/register short");
      bob.expect("! a password needs at least 8 characters");
      bob.send("/password whatever123");
      bob.expect("! you are not logged in to an account");
      bob.send("/unregister");
      bob.expect("! you are not logged in to an account");
      bob.send("/register");
      bob.expect("! usage: /register PASSWORD");
    }
  }

  @Test
  void unregisterGivesTheAliasBackToEveryone() {
    registerAlice();
    try (LineClient alice = LineClient.connect(server.port())) {
      alice.expect("alias?").send("alice:" + PASSWORD);
      alice.skipUntil("* You are logged in as alice.");
      alice.skipUntil(line -> line.startsWith("* resume token: "));
      alice.send("/unregister");
      alice.expect("* The account alice is deleted: anyone may take the alias when you leave it.");
    }
    try (LineClient guest = LineClient.connect(server.port())) {
      guest.expect("alias?").send("alice");
      guest.expect(WELCOME);
    }
  }

  @Test
  void accountsSurviveARestartOfTheServer() {
    registerAlice();
    server.close();
    server = AccountsServer.start(vertx, StoreConfig.embedded(dir.resolve("data"), 2));
    try (LineClient client = LineClient.connect(server.port())) {
      client.expect("alias?").send("alice");
      client.expect("password?").send(PASSWORD);
      client.expect(WELCOME);
    }
  }

  @Test
  void theHelpListsRegisterToGuestsAndTheOtherAccountCommandsOnceLoggedIn() {
    try (LineClient bob = LineClient.login(server.port(), "bob")) {
      bob.send("/help");
      assertThat(bob.linesUntilSync()).anyMatch(line -> line.contains("/register PASSWORD"))
          .noneMatch(line -> line.contains("/password NEW")).noneMatch(line -> line.contains("/unregister"));
      bob.send("/register " + PASSWORD);
      bob.skipUntil(line -> line.startsWith("* resume token: "));
      bob.send("/help");
      List<String> help = bob.linesUntilSync();
      assertThat(help).anyMatch(line -> line.contains("/password NEW")).anyMatch(line -> line.contains("/unregister"));
    }
  }
}
