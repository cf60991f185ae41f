package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.IrcClient;
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

/**
 * docs/PROTOCOL.md section 10: server roles and /kill, over real sockets. The account root is an administrator by
 * configuration (accounts.admins), as the first admin is.
 */
@ExtendWith(VertxExtension.class)
class ModerationTest {

  private static final String PASSWORD = "correct horse";

  @TempDir
  Path dir;
  private AccountsServer server;

  @BeforeEach
  void start(Vertx vertx) {
    server = AccountsServer.start(vertx, StoreConfig.embedded(dir.resolve("data"), 2));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Connects as {@code alias} and registers it; returns the connection, logged in, with the replies read. */
  private LineClient registered(String alias) {
    LineClient client = LineClient.login(server.port(), alias);
    client.send("/register " + PASSWORD);
    client.expectStartsWith("* " + alias + " is registered to you now");
    client.expectStartsWith("* resume token: ");
    return client;
  }

  @Test
  void anAdminMakesAModeratorWhoDisconnectsAGuestAndEveryoneHearsWhoAndWhy() {
    try (LineClient root = registered("root");
        LineClient bob = registered("bob");
        LineClient carol = LineClient.login(server.port(), "carol")) {
      root.send("/role bob moderator");
      root.skipUntil("* bob is now moderator");
      bob.send("/kill carol spamming the lobby");
      bob.skipUntil("* carol was disconnected by bob: spamming the lobby");
      assertThat(carol.readUntilClosed()).containsExactly("! you were disconnected by bob: spamming the lobby");
      root.skipUntil("* carol has left lobby (disconnected by bob: spamming the lobby)");
    }
  }

  @Test
  void refusalsSayWhatRankIsNeededAndNobodyActsOnTheirEqualsOrBetters() {
    try (LineClient root = registered("root");
        LineClient bob = registered("bob");
        LineClient carol = LineClient.login(server.port(), "carol")) {
      carol.send("/kill bob");
      carol.expect("! /kill needs the moderator role");
      bob.send("/role carol moderator");
      bob.skipUntil("! /role needs the admin role");
      root.send("/role bob admin");
      root.skipUntil("! you can grant only roles below your own");
      root.send("/role carol moderator");
      root.skipUntil("! carol is not registered");
      root.send("/role bob moderator");
      root.skipUntil("* bob is now moderator");
      bob.send("/kill root");
      bob.skipUntil("! you cannot act on root: only on members of a lower rank");
      root.send("/kill nobody");
      root.skipUntil("! no such alias: nobody");
    }
  }

  @Test
  void helpListsOnlyWhatTheMembersRankAllows() {
    try (LineClient root = registered("root");
        LineClient carol = LineClient.login(server.port(), "carol")) {
      carol.send("/help");
      List<String> guest = carol.linesUntilSync();
      assertThat(guest).noneMatch(line -> line.contains("/kill")).noneMatch(line -> line.contains("/role"))
          .anyMatch(line -> line.contains("/register"));
      root.send("/help");
      List<String> admin = root.linesUntilSync();
      assertThat(admin).anyMatch(line -> line.contains("/kill ALIAS [REASON]"))
          .anyMatch(line -> line.contains("/role ALIAS admin|moderator|none"));
    }
  }

  @Test
  void moderatorsReadWhoDidWhatToWhomAndWhy() {
    try (LineClient root = registered("root");
        LineClient bob = registered("bob");
        LineClient carol = LineClient.login(server.port(), "carol")) {
      carol.send("/audit");
      carol.expect("! /audit needs the moderator role");
      root.send("/role bob moderator");
      root.skipUntil("* bob is now moderator");
      bob.send("/kill carol spam");
      bob.skipUntil("* carol was disconnected by bob: spam");
      List<String> audit = awaitAudit(root, "bob kill carol: spam");
      assertThat(audit.get(0)).isEqualTo("* The last 2 moderation actions, newest first:");
      assertThat(audit.get(1)).matches("\\*   \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ bob kill carol: spam");
      assertThat(audit.get(2)).endsWith(" root role bob: moderator");
    }
  }

  /**
   * Asks for /audit until its answer has {@code expected}: a kill is written down beside the action, not before
   * the moderator hears it is done.
   */
  private static List<String> awaitAudit(LineClient client, String expected) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      client.send("/audit");
      List<String> lines = client.linesUntilSync();
      List<String> answer = lines.subList(lines.indexOf(lines.stream()
          .filter(line -> line.startsWith("* The last ") || line.startsWith("* No moderation")).findFirst()
          .orElseThrow()), lines.size());
      if (answer.stream().anyMatch(line -> line.endsWith(expected))) {
        return answer;
      }
      assertThat(System.nanoTime()).as("the audit trail shows " + expected).isLessThan(deadline);
    }
  }

  @Test
  void ircKillIsTheSameCommand() {
    try (LineClient root = registered("root");
        IrcClient dave = IrcClient.register(server.ircPort(), "dave")) {
      dave.send("KILL root :bye");
      dave.expect(":relay 481 dave :Permission Denied- KILL needs the moderator role");
      root.send("/kill dave flooding");
      root.skipUntil("* dave was disconnected by root: flooding");
      assertThat(dave.readUntilClosed()).containsExactly("ERROR :Closing Link: relay (Killed by root: flooding)");
    }
  }
}
