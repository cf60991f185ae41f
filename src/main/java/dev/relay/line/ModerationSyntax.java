package dev.relay.line;

import dev.relay.bus.RoomAction;
import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import dev.relay.chat.AddressBlock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the line protocol's moderation commands read (docs/PROTOCOL.md, section 10): their parsers for the
 * {@link CommandTable}, each returning null when the arguments do not fit. A target is an alias or {@code ip:ADDRESS}
 * or {@code ip:ADDRESS/PREFIX}; a duration is a number and a unit ({@code 30s}, {@code 10m}, {@code 2h}, {@code 7d}).
 */
final class ModerationSyntax {

  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,5})([smhdw])");
  private static final int MAX_LIMIT = 100_000;

  private ModerationSyntax() {
  }

  /** A duration as moderators type it, or empty when {@code text} is not one. */
  static Optional<Duration> duration(String text) {
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    });
  }

  /** {@code bob} or {@code ip:10.0.0.0/8}; empty for an address that is no IP literal. */
  static Optional<SanctionTarget> target(String word) {
    if (word.regionMatches(true, 0, "ip:", 0, 3)) {
      return AddressBlock.parse(word.substring(3)).map(block -> SanctionTarget.address(block.text()));
    }
    return Optional.of(SanctionTarget.alias(word));
  }

  /** {@code TARGET [DURATION] [REASON]}. */
  static Command sanction(String rest, SanctionKind kind, boolean server) {
    String[] words = rest.split("\\s+", 3);
    if (rest.isEmpty()) {
      return null;
    }
    Optional<SanctionTarget> target = target(words[0]);
    if (target.isEmpty()) {
      return null;
    }
    Duration duration = null;
    String reason = "";
    if (words.length > 1) {
      Optional<Duration> typed = duration(words[1]);
      duration = typed.orElse(null);
      reason = typed.isPresent() ? (words.length > 2 ? words[2] : "") : rest.substring(words[0].length()).strip();
    }
    return new Command.Moderate(server, new RoomAction.Sanction(kind, target.get(), duration, reason));
  }

  /** {@code TARGET}. */
  static Command lift(String rest, SanctionKind kind, boolean server) {
    if (rest.isEmpty() || rest.indexOf(' ') >= 0) {
      return null;
    }
    return target(rest).map(t -> (Command) new Command.Moderate(server, new RoomAction.Lift(kind, t))).orElse(null);
  }

  /** {@code ALIAS}: grant or take back a rank. */
  static Command grant(String rest, RoomRank rank, boolean on) {
    return oneWord(rest) ? new Command.Moderate(false, new RoomAction.Grant(rest, rank, on)) : null;
  }

  /** {@code ALIAS [REASON]}. */
  static Command kick(String rest) {
    if (rest.isEmpty()) {
      return null;
    }
    String[] words = rest.split("\\s+", 2);
    return new Command.Moderate(false, new RoomAction.Kick(words[0], words.length > 1 ? words[1] : ""));
  }

  /**
   * {@code register}, or a setting and its value: {@code moderated|invite-only|secret|topic-lock|history on|off},
   * {@code key KEY|off}, {@code limit N|off}; or {@code history clear}.
   */
  static Command room(String rest) {
    String[] words = rest.split("\\s+");
    if (words.length == 1 && words[0].equalsIgnoreCase("register")) {
      return new Command.Moderate(false, new RoomAction.Register());
    }
    if (words.length != 2) {
      return null;
    }
    if (words[0].equalsIgnoreCase("history") && words[1].equalsIgnoreCase("clear")) {
      return new Command.Moderate(false, new RoomAction.ClearHistory());
    }
    Optional<RoomMode> mode = RoomMode.parse(words[0]).filter(m -> m != RoomMode.NO_EXTERNAL);
    if (mode.isEmpty()) {
      return null;
    }
    String value = words[1];
    boolean off = value.equalsIgnoreCase("off");
    if (mode.get().flag()) {
      return off || value.equalsIgnoreCase("on")
          ? new Command.Moderate(false, new RoomAction.SetMode(mode.get(), off ? "off" : "on")) : null;
    }
    if (off) {
      return new Command.Moderate(false, new RoomAction.SetMode(mode.get(), ""));
    }
    if (mode.get() == RoomMode.LIMIT) {
      try {
        int limit = Integer.parseInt(value);
        return limit > 0 && limit <= MAX_LIMIT
            ? new Command.Moderate(false, new RoomAction.SetMode(RoomMode.LIMIT, Integer.toString(limit))) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return value.length() <= 64 ? new Command.Moderate(false, new RoomAction.SetMode(RoomMode.KEY, value)) : null;
  }

  static boolean oneWord(String rest) {
    return !rest.isEmpty() && rest.split("\\s+").length == 1;
  }
}
