package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.LineClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/PROTOCOL.md section 10: rooms' rules in the line protocol, over real sockets against a server with an embedded
 * store: the opener's room, topics, settings, ranks, kicks, bans, mutes, invitations, what survives a restart, and
 * server-wide bans and announcements. root is an administrator by configuration.
 */
@ExtendWith(VertxExtension.class)
class RoomRulesTest {

  private static final String PASSWORD = "correct horse";

  @TempDir
  Path dir;
  private Vertx vertx;
  private AccountsServer server;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    server = AccountsServer.start(vertx, store());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StoreConfig store() {
    return StoreConfig.embedded(dir.resolve("data"), 2);
  }

  private LineClient guest(String alias) {
    return LineClient.login(server.port(), alias);
  }

  private LineClient registered(String alias) {
    LineClient client = guest(alias);
    client.send("/register " + PASSWORD);
    client.expectStartsWith("* " + alias + " is registered to you now");
    client.expectStartsWith("* resume token: ");
    return client;
  }

  private static void moveTo(LineClient client, String room) {
    client.send("/join " + room);
    skipTo(client, "* You are now in room " + room.split(" ")[0]);
  }

  /** Reads up to the first line that starts with {@code prefix}. */
  private static void skipTo(LineClient client, String prefix) {
    client.skipUntil(line -> line.startsWith(prefix));
  }

  @Test
  void theOpenerKicksAGuestBackToTheLobbyAndOthersAreRefusedWithTheRankNeeded() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob")) {
      moveTo(alice, "dev");
      moveTo(bob, "dev");
      skipTo(alice, "* bob has joined dev");
      bob.send("/kick alice");
      skipTo(bob, "! /kick needs operator in dev");
      alice.send("/kick bob spam");
      skipTo(alice, "* bob was kicked by alice: spam");
      skipTo(bob, "* bob was kicked by alice: spam");
      skipTo(bob, "* You are now in room lobby");
      bob.send("still here");
      bob.send("/who");
      skipTo(bob, "* 1 member in lobby:");
    }
  }

  @Test
  void theTopicIsForOperatorsWhileLockedAndNewcomersHearIt() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob")) {
      moveTo(alice, "dev");
      alice.send("/topic release on Friday");
      skipTo(alice, "* alice set the topic of dev: release on Friday");
      bob.send("/join dev");
      skipTo(bob, "* You are now in room dev");
      skipTo(bob, "* Topic of dev: release on Friday (set by alice at ");
      bob.send("/topic mine now");
      skipTo(bob, "! /topic needs operator in dev");
      alice.send("/room topic-lock off");
      skipTo(alice, "* alice turned topic-lock off in dev");
      bob.send("/topic mine now");
      skipTo(bob, "* bob set the topic of dev: mine now");
    }
  }

  @Test
  void aBanPutsTheMemberOutAndKeepsItsAddressOutUnderAnyAliasUntilLifted() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob")) {
      moveTo(alice, "dev");
      moveTo(bob, "dev");
      alice.send("/ban ip:127.0.0.0/8 1h flooding");
      skipTo(alice, "* alice banned ip:127.0.0.0/8 from dev until ");
      skipTo(bob, "* bob was kicked by alice: banned: flooding");
      skipTo(bob, "* You are now in room lobby");
      bob.send("/join dev");
      skipTo(bob, "! you are banned from dev until ");
      try (LineClient other = guest("other")) {
        other.send("/join dev");
        skipTo(other, "! you are banned from dev until ");
      }
      alice.send("/bans");
      skipTo(alice, "* Bans and mutes in dev, oldest first:");
      skipTo(alice, "*   ban ip:127.0.0.0/8 by alice at ");
      alice.send("/unban ip:127.0.0.1/8");
      skipTo(alice, "* alice lifted the ban on ip:127.0.0.0/8 in dev");
      moveTo(bob, "dev");
    }
  }

  @Test
  void mutedAndModeratedMembersReadButDoNotSpeakUntilVoiced() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob")) {
      moveTo(alice, "dev");
      moveTo(bob, "dev");
      alice.send("/mute bob 10m");
      skipTo(alice, "* alice muted bob in dev until ");
      bob.send("hello?");
      skipTo(bob, "! you are muted in dev until ");
      alice.send("/unmute bob");
      skipTo(alice, "* alice lifted the mute on bob in dev");
      alice.send("/room moderated on");
      skipTo(alice, "* alice turned moderated on in dev");
      bob.send("hello?");
      skipTo(bob, "! dev is moderated: only members with voice speak");
      alice.send("/voice bob");
      skipTo(alice, "* alice gave bob voice in dev");
      bob.send("thanks");
      skipTo(alice, "bob: thanks");
    }
  }

  @Test
  void inviteOnlyKeyAndLimitKeepTheDoor() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob"); LineClient carol = guest("carol")) {
      moveTo(alice, "dev");
      alice.send("/room invite-only on");
      skipTo(alice, "* alice turned invite-only on in dev");
      bob.send("/join dev");
      skipTo(bob, "! dev is invite-only: ask one of its operators to /invite you");
      alice.send("/invite bob");
      skipTo(alice, "* bob is invited to dev");
      skipTo(bob, "* alice invites you to dev: /join dev");
      moveTo(bob, "dev");
      alice.send("/room invite-only off");
      alice.send("/room key s3cret");
      skipTo(alice, "* alice set a key on dev");
      carol.send("/join dev");
      skipTo(carol, "! dev needs its key: /join dev KEY");
      carol.send("/join dev wrong");
      skipTo(carol, "! dev needs its key: /join dev KEY");
      alice.send("/room limit 2");
      skipTo(alice, "* alice limited dev to 2 members");
      carol.send("/join dev s3cret");
      skipTo(carol, "! dev is full");
      alice.send("/room limit off");
      skipTo(alice, "* alice removed the member limit of dev");
      moveTo(carol, "dev s3cret");
    }
  }

  @Test
  void aRegisteredRoomKeepsItsOwnerRanksTopicAndBansAcrossARestart() {
    try (LineClient alice = registered("alice"); LineClient bob = registered("bob");
        LineClient mallory = guest("mallory")) {
      moveTo(alice, "dev");
      alice.send("/room register");
      skipTo(alice, "* alice registered dev: its settings and ranks are kept");
      alice.send("/topic kept");
      skipTo(alice, "* alice set the topic of dev: kept");
      moveTo(bob, "dev");
      alice.send("/op bob");
      skipTo(alice, "* alice made bob an operator of dev");
      alice.send("/ban mallory");
      skipTo(alice, "* alice banned mallory from dev");
    }
    server.close();
    server = AccountsServer.start(vertx, store());
    try (LineClient bob = LineClient.connect(server.port()); LineClient mallory = guest("mallory")) {
      bob.expect("alias?");
      bob.send("bob:" + PASSWORD);
      bob.expectStartsWith("* You are now connected as bob");
      bob.send("/join dev");
      skipTo(bob, "* Topic of dev: kept (set by alice at ");
      skipTo(bob, "* You are an operator of dev");
      mallory.send("/join dev");
      skipTo(mallory, "! you are banned from dev");
      bob.send("/op mallory");
      skipTo(bob, "! /op needs owner in dev");
    }
  }

  @Test
  void aServerBanDisconnectsAndKeepsOutAndAnnouncementsReachEveryone() {
    try (LineClient root = registered("root"); LineClient bob = guest("bob"); LineClient carol = guest("carol")) {
      carol.send("/gban bob");
      skipTo(carol, "! /gban needs the moderator role");
      root.send("/announce maintenance at noon");
      skipTo(bob, "* Announcement from root: maintenance at noon");
      skipTo(carol, "* Announcement from root: maintenance at noon");
      root.send("/gban bob 1d spamming everyone");
      skipTo(root, "* root banned bob from the chat until ");
      assertThat(bob.readUntilClosed()).anyMatch(line -> line.startsWith("! you are banned from the chat until ")
          && line.endsWith(": spamming everyone"));
      try (LineClient again = LineClient.connect(server.port())) {
        again.send("bob");
        assertThat(again.readUntilClosed()).anyMatch(line -> line.startsWith("! you are banned from the chat until "));
      }
      root.send("/gbans");
      skipTo(root, "* Bans and mutes in the chat, oldest first:");
      skipTo(root, "*   ban bob by root at ");
    }
  }
}
