package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The line protocol's words for rooms' rules: topics, settings, ranks, kicks, bans, mutes (PROTOCOL.md, 10). */
final class RoomReplies {

  private RoomReplies() {
  }

  /** The lines for {@code event}, or null when it is none of this class's. */
  static List<String> of(ChatEvent event) {
    if (event instanceof ChatEvent.TopicChanged e) {
      return List.of(e.topic().isEmpty() ? "* " + e.by() + " cleared the topic of " + e.room()
          : "* " + e.by() + " set the topic of " + e.room() + ": " + e.topic());
    } else if (event instanceof ChatEvent.ModesChanged e) {
      return e.changes().stream().map(change -> modeChanged(e.by(), e.room(), change)).toList();
    } else if (event instanceof ChatEvent.RankChanged e) {
      return List.of(rankChanged(e));
    } else if (event instanceof ChatEvent.Kicked e) {
      return List.of("* " + e.alias() + " was kicked by " + e.by() + ModerationReplies.because(e.reason()));
    } else if (event instanceof ChatEvent.SanctionChanged e) {
      return List.of(sanctionChanged(e));
    } else if (event instanceof ChatEvent.RoomRegistered e) {
      return List.of("* " + e.owner() + " registered " + e.room() + ": its settings and ranks are kept");
    } else if (event instanceof ChatEvent.Topic e) {
      return List.of(e.topic().isEmpty() ? "* " + e.room() + " has no topic"
          : "* Topic of " + e.room() + ": " + e.topic() + " (set by " + e.by() + " at " + at(e.at()) + ")");
    } else if (event instanceof ChatEvent.Modes e) {
      return List.of("* Settings of " + e.room() + ": " + String.join(", ", e.modes().on().stream()
          .map(RoomMode::wire).toList()));
    } else if (event instanceof ChatEvent.RankInRoom e) {
      return List.of("* You " + switch (e.rank()) {
        case OWNER -> "own " + e.room();
        case OPERATOR -> "are an operator of " + e.room();
        case VOICE -> "have voice in " + e.room();
      });
    } else if (event instanceof ChatEvent.Sanctions e) {
      return sanctions(e);
    } else if (event instanceof ChatEvent.Banned e) {
      return List.of("! you are banned from " + where(e.room()) + until(e.until())
          + ModerationReplies.because(e.reason()));
    } else if (event instanceof ChatEvent.Muted e) {
      return List.of("! you are muted " + (e.room().equals("*") ? "in every room" : "in " + e.room())
          + until(e.until()));
    } else if (event instanceof ChatEvent.Invited e) {
      return List.of("* " + e.by() + " invites you to " + e.room() + ": /join " + e.room());
    } else if (event instanceof ChatEvent.InviteSent e) {
      return List.of("* " + e.alias() + " is invited to " + e.room());
    } else if (event instanceof ChatEvent.Announcement e) {
      return List.of("* Announcement from " + e.by() + ": " + e.text());
    } else if (event instanceof ChatEvent.NeedsRoomRank e) {
      return List.of("! /" + e.command() + " needs " + e.needed().wire() + " in " + e.room());
    } else if (event instanceof ChatEvent.TargetNotInRoom e) {
      return List.of("! " + e.alias() + " is not in " + e.room());
    }
    return null;
  }

  /** The line for a refusal about rooms' rules, or null when it is none of this class's. */
  static String refusal(ChatEvent.Refusal refusal, String subject) {
    return switch (refusal) {
      case MODERATED -> "! " + subject + " is moderated: only members with voice speak";
      case INVITE_ONLY -> "! " + subject + " is invite-only: ask one of its operators to /invite you";
      case BAD_KEY -> "! " + subject + " needs its key: /join " + subject + " KEY";
      case ROOM_FULL -> "! " + subject + " is full";
      case ROOM_REGISTERED -> "! " + subject + " is registered already";
      case ACCOUNT_NEEDED -> "! registering a room needs an account: /register PASSWORD first";
      case NO_SUCH_SANCTION -> "! no such ban or mute: " + subject;
      case STORE_UNAVAILABLE -> "! the store is unavailable: nothing changed, try again later";
      case LOBBY -> "! " + subject + " belongs to everyone: it cannot be registered or changed";
      default -> null;
    };
  }

  private static String modeChanged(String by, String room, ChatEvent.ModeChange e) {
    return "* " + by + switch (e.mode()) {
      case KEY -> e.on() ? " set a key on " + room : " removed the key of " + room;
      case LIMIT -> e.on() ? " limited " + room + " to " + e.value() + " members"
          : " removed the member limit of " + room;
      default -> " turned " + e.mode().wire() + " " + (e.on() ? "on" : "off") + " in " + room;
    };
  }

  private static String rankChanged(ChatEvent.RankChanged e) {
    if (e.rank() == RoomRank.VOICE) {
      return "* " + e.by() + (e.granted() ? " gave " + e.alias() + " voice in "
          : " took back " + e.alias() + "'s voice in ") + e.room();
    }
    return "* " + e.by() + (e.granted() ? " made " + e.alias() + " an operator of "
        : " took back " + e.alias() + "'s operator rank in ") + e.room();
  }

  private static String sanctionChanged(ChatEvent.SanctionChanged e) {
    boolean ban = e.kind() == SanctionKind.BAN;
    if (!e.set()) {
      return "* " + e.by() + " lifted the " + e.kind().wire() + " on " + e.target() + " in " + where(e.room());
    }
    return "* " + e.by() + (ban ? " banned " : " muted ") + e.target() + (ban ? " from " : " in ")
        + (ban ? where(e.room()) : e.room().equals("*") ? "every room" : e.room()) + until(e.until())
        + ModerationReplies.because(e.reason());
  }

  private static List<String> sanctions(ChatEvent.Sanctions e) {
    if (e.sanctions().isEmpty()) {
      return List.of("* No bans or mutes in " + where(e.room()) + ".");
    }
    List<String> out = new ArrayList<>();
    out.add("* Bans and mutes in " + where(e.room()) + ", oldest first:");
    for (ChatEvent.SanctionLine s : e.sanctions()) {
      out.add("*   " + s.kind().wire() + " " + s.target() + " by " + s.by() + " at " + at(s.at()) + until(s.until())
          + ModerationReplies.because(s.reason()));
    }
    return out;
  }

  private static String where(String room) {
    return room.equals("*") ? "the chat" : room;
  }

  private static String until(Instant until) {
    return until == null ? "" : " until " + at(until);
  }

  /** A time as the moderation lines show it: UTC to the second. */
  static String at(Instant at) {
    return at == null ? "?" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
