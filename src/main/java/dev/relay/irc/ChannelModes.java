package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.RoomAction;
import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomModes;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Channel modes as Relay's room settings (docs/IRC.md 6): {@code i m n s t} are flags, {@code k} the key, {@code l}
 * the member limit, {@code o} and {@code v} ranks, {@code b} bans. Reads a MODE line's mode string and parameters
 * into what it asks, in order, and writes a room's settings as {@code RPL_CHANNELMODEIS} shows them.
 */
final class ChannelModes {

  /** ISUPPORT's CHANMODES: lists, modes with a parameter both ways, with one when set, flags. */
  static final String CHANMODES = "b,k,l,imnst";
  /** Every channel mode letter, for RPL_MYINFO. */
  static final String ALL = "biklmnostv";
  /** The letters that take a parameter, for RPL_MYINFO. */
  static final String WITH_PARAMETER = "bklov";
  static final int MAX_LIMIT = 100_000;
  static final int MAX_KEY_LENGTH = 32;

  /** One thing a MODE line asks. */
  sealed interface Wanted {
  }

  /** A change for the hub. */
  record Change(RoomAction action) implements Wanted {
  }

  /** {@code b} without a mask: the ban list. */
  record BanList() implements Wanted {
  }

  /** {@code e} or {@code I} without a mask: lists Relay does not keep, so empty. */
  record EmptyList(char mode) implements Wanted {
  }

  /** A letter Relay does not know (ERR_UNKNOWNMODE). */
  record Unknown(char mode) implements Wanted {
  }

  /** A parameter Relay cannot take (ERR_INVALIDMODEPARAM); {@code param} as it is shown back. */
  record Invalid(char mode, String param, String why) implements Wanted {
  }

  private ChannelModes() {
  }

  /**
   * What {@code modes} (like {@code +o-v+l alice bob 10}) asks, with its {@code params}. A letter that needs a
   * parameter that is missing is ignored, as IRC servers do; a list is answered once per line.
   */
  static List<Wanted> parse(String modes, List<String> params) {
    List<Wanted> wanted = new ArrayList<>();
    boolean plus = true;
    int next = 0;
    for (char letter : modes.toCharArray()) {
      String param = next < params.size() ? params.get(next) : null;
      switch (letter) {
        case '+' -> plus = true;
        case '-' -> plus = false;
        case 'b' -> {
          if (param == null) {
            addOnce(wanted, new BanList());
          } else {
            next++;
            wanted.add(ban(param, plus));
          }
        }
        case 'e', 'I' -> wanted.add(param == null ? new EmptyList(letter) : new Unknown(letter));
        case 'o', 'v' -> {
          if (param != null) {
            next++;
            wanted.add(new Change(new RoomAction.Grant(param, letter == 'o' ? RoomRank.OPERATOR : RoomRank.VOICE,
                plus)));
          }
        }
        case 'k' -> {
          if (param != null) {
            next++;
          }
          if (!plus) {
            wanted.add(new Change(new RoomAction.SetMode(RoomMode.KEY, "")));
          } else if (param != null) {
            wanted.add(validKey(param) ? new Change(new RoomAction.SetMode(RoomMode.KEY, param))
                : new Invalid('k', "*", "A key is 1 to " + MAX_KEY_LENGTH + " characters, without spaces or commas"));
          }
        }
        case 'l' -> {
          if (!plus) {
            wanted.add(new Change(new RoomAction.SetMode(RoomMode.LIMIT, "")));
          } else if (param != null) {
            next++;
            wanted.add(limit(param));
          }
        }
        default -> {
          Optional<RoomMode> flag = flag(letter);
          wanted.add(flag.isPresent() ? new Change(new RoomAction.SetMode(flag.get(), plus ? "on" : "off"))
              : new Unknown(letter));
        }
      }
    }
    return wanted;
  }

  /**
   * A MODE line's parameters for changes made at once: the channel, the letters with their signs ({@code -int},
   * {@code +k-l}), then the key ({@code *} when removed) and limit they set.
   */
  static List<String> changes(String channel, List<ChatEvent.ModeChange> changes) {
    StringBuilder letters = new StringBuilder();
    List<String> params = new ArrayList<>();
    Boolean sign = null;
    for (ChatEvent.ModeChange change : changes) {
      if (letter(change.mode()) == NONE) {
        continue;
      }
      if (sign == null || sign != change.on()) {
        sign = change.on();
        letters.append(change.on() ? '+' : '-');
      }
      letters.append(letter(change.mode()));
      if (change.mode() == RoomMode.KEY) {
        params.add(change.on() ? change.value() : "*");
      } else if (change.mode() == RoomMode.LIMIT && change.on()) {
        params.add(change.value());
      }
    }
    List<String> all = new ArrayList<>(params.size() + 2);
    all.add(channel);
    all.add(letters.toString());
    all.addAll(params);
    return all;
  }

  /** RPL_CHANNELMODEIS's parameters: {@code +flags} and then the key (to members only) and the limit. */
  static List<String> describe(RoomModes modes, boolean member) {
    StringBuilder letters = new StringBuilder("+");
    List<String> params = new ArrayList<>();
    for (RoomMode mode : modes.on()) {
      if (letter(mode) == NONE) {
        continue;
      }
      letters.append(letter(mode));
      if (mode == RoomMode.KEY) {
        params.add(member ? modes.joinKey() : "*");
      } else if (mode == RoomMode.LIMIT) {
        params.add(modes.memberLimit().toString());
      }
    }
    List<String> all = new ArrayList<>(params.size() + 1);
    all.add(letters.toString());
    all.addAll(params);
    return all;
  }

  /** The letter of a setting IRC has no mode for (a room's history, set with the line protocol's /room). */
  static final char NONE = 0;

  static char letter(RoomMode mode) {
    return switch (mode) {
      case MODERATED -> 'm';
      case INVITE_ONLY -> 'i';
      case KEY -> 'k';
      case LIMIT -> 'l';
      case SECRET -> 's';
      case TOPIC_LOCK -> 't';
      case NO_EXTERNAL -> 'n';
      case HISTORY -> NONE;
    };
  }

  static char letter(RoomRank rank) {
    return rank == RoomRank.VOICE ? 'v' : 'o';
  }

  private static Optional<RoomMode> flag(char letter) {
    for (RoomMode mode : RoomMode.values()) {
      if (mode.flag() && letter(mode) == letter) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  private static Wanted ban(String mask, boolean plus) {
    Optional<SanctionTarget> target = BanMasks.target(mask);
    if (target.isEmpty()) {
      return new Invalid('b', shown(mask), "Relay bans a nick (nick!*@*) or an IP address (*!*@192.0.2.7), not a pattern");
    }
    return new Change(plus ? new RoomAction.Sanction(SanctionKind.BAN, target.get(), null, "")
        : new RoomAction.Lift(SanctionKind.BAN, target.get()));
  }

  private static boolean validKey(String key) {
    return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > ' ' && c != ',');
  }

  private static Wanted limit(String text) {
    try {
      int limit = Integer.parseInt(text);
      if (limit > 0 && limit <= MAX_LIMIT) {
        return new Change(new RoomAction.SetMode(RoomMode.LIMIT, Integer.toString(limit)));
      }
    } catch (NumberFormatException e) {
      // not a number: refused below, as a number out of range is
    }
    return new Invalid('l', shown(text), "A limit is a number from 1 to " + MAX_LIMIT);
  }

  /** A parameter as a reply may repeat it: a middle parameter can be neither empty nor spaced. */
  private static String shown(String param) {
    return param.isEmpty() || param.indexOf(' ') >= 0 || param.charAt(0) == ':' ? "*" : param;
  }

  private static void addOnce(List<Wanted> wanted, Wanted list) {
    if (!wanted.contains(list)) {
      wanted.add(list);
    }
  }
}
