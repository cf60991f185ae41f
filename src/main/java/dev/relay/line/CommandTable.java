package dev.relay.line;

import dev.relay.accounts.ServerRole;
import dev.relay.bus.Rank;
import dev.relay.bus.RoomAction;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The line protocol's commands: parsing, arity, "allowed before an alias" and {@code /help} all read this
 * one table. A line starting with {@code //} is chat text that starts with a single '/'.
 */
public final class CommandTable {

  private static final int DEFAULT_HISTORY_LINES = 25;
  private static final int MAX_ASKED_LINES = 100_000;
  private static final List<CommandSpec> SPECS = List.of(
      new CommandSpec("help", "", "list the commands", true, rest -> rest.isEmpty() ? new Command.Help() : null),
      new CommandSpec("nick", "NEW", "change your alias", false, rest -> oneWord(rest) ? new Command.Nick(rest) : null),
      new CommandSpec("join", "ROOM [KEY]", "switch to ROOM, creating it if needed (KEY: the room's key)", false,
          CommandTable::join),
      new CommandSpec("rooms", "", "list the rooms and how many are in each", false,
          rest -> rest.isEmpty() ? new Command.Rooms() : null),
      new CommandSpec("who", "", "list who is in your room", false, rest -> rest.isEmpty() ? new Command.Who() : null),
      new CommandSpec("msg", "ALIAS TEXT", "send TEXT to ALIAS only", false, CommandTable::privateMessage),
      new CommandSpec("history", "[before ID] [N]", "show the room's last N lines, or the N before line ID ("
          + DEFAULT_HISTORY_LINES + ")", false, CommandTable::history),
      new CommandSpec("resume", "ROOM ID", "go back to ROOM and get the lines said there after line ID", false,
          CommandTable::resume),
      new CommandSpec("ids", "on|off", "show each room line's id, as [#ID] before it", false,
          rest -> rest.equalsIgnoreCase("on") ? new Command.Ids(true)
              : rest.equalsIgnoreCase("off") ? new Command.Ids(false) : null),
      new CommandSpec("me", "ACTION", "tell the room what you are doing", false,
          rest -> rest.isEmpty() ? null : new Command.Me(rest)),
      new CommandSpec("upload", "", "get a token to upload files with (then /share ID)", false,
          rest -> rest.isEmpty() ? new Command.Upload() : null),
      new CommandSpec("share", "ID", "show your room the file ID you uploaded", false,
          rest -> oneWord(rest) ? new Command.Share(rest) : null),
      new CommandSpec("topic", "[TEXT|-]", "show your room's topic, or set it (-: clear it) (operators)", false,
          rest -> new Command.Topic(rest.isEmpty() ? null : rest.equals("-") ? "" : rest)),
      new CommandSpec("invite", "ALIAS", "invite ALIAS into your room", false,
          rest -> ModerationSyntax.oneWord(rest)
              ? new Command.Moderate(false, new RoomAction.Invite(rest)) : null),
      new CommandSpec("op", "ALIAS", "make ALIAS an operator of your room (owner)", false,
          rest -> ModerationSyntax.grant(rest, RoomRank.OPERATOR, true)),
      new CommandSpec("deop", "ALIAS", "take back ALIAS's operator rank (owner)", false,
          rest -> ModerationSyntax.grant(rest, RoomRank.OPERATOR, false)),
      new CommandSpec("voice", "ALIAS", "let ALIAS speak when your room is moderated (operators)", false,
          rest -> ModerationSyntax.grant(rest, RoomRank.VOICE, true)),
      new CommandSpec("devoice", "ALIAS", "take back ALIAS's voice (operators)", false,
          rest -> ModerationSyntax.grant(rest, RoomRank.VOICE, false)),
      new CommandSpec("kick", "ALIAS [REASON]", "put ALIAS out of your room (operators)", false,
          ModerationSyntax::kick),
      new CommandSpec("ban", "ALIAS|ip:ADDR[/BITS] [DURATION] [REASON]",
          "keep ALIAS or an address out of your room; DURATION like 10m, 2h, 7d (operators)", false,
          rest -> ModerationSyntax.sanction(rest, SanctionKind.BAN, false)),
      new CommandSpec("unban", "ALIAS|ip:ADDR[/BITS]", "lift a ban in your room (operators)", false,
          rest -> ModerationSyntax.lift(rest, SanctionKind.BAN, false)),
      new CommandSpec("mute", "ALIAS|ip:ADDR[/BITS] [DURATION] [REASON]",
          "let ALIAS read your room but not speak (operators)", false,
          rest -> ModerationSyntax.sanction(rest, SanctionKind.MUTE, false)),
      new CommandSpec("unmute", "ALIAS|ip:ADDR[/BITS]", "lift a mute in your room (operators)", false,
          rest -> ModerationSyntax.lift(rest, SanctionKind.MUTE, false)),
      new CommandSpec("bans", "", "list the bans and mutes in your room (operators)", false,
          rest -> rest.isEmpty() ? new Command.Sanctions(false) : null),
      new CommandSpec("room", "register | moderated|invite-only|secret|topic-lock on|off | key KEY|off | limit N|off"
          + " | history on|off|clear", "register your room, or change a setting (operators; history: the owner)", false,
          ModerationSyntax::room),
      new CommandSpec("register", "PASSWORD", "register your alias as an account: only you may use it then", false,
          rest -> rest.isEmpty() ? null : new Command.Register(rest)),
      new CommandSpec("password", "NEW", "set a new password for your account", false,
          rest -> rest.isEmpty() ? null : new Command.Password(rest), Rank.USER),
      new CommandSpec("unregister", "", "delete your account: your alias becomes anyone's", false,
          rest -> rest.isEmpty() ? new Command.Unregister() : null, Rank.USER),
      new CommandSpec("kill", "ALIAS [REASON]", "disconnect ALIAS from the chat", false, CommandTable::kill,
          Rank.MODERATOR),
      new CommandSpec("role", "ALIAS admin|moderator|none", "give an account a server role", false,
          CommandTable::role, Rank.ADMIN),
      new CommandSpec("gban", "ALIAS|ip:ADDR[/BITS] [DURATION] [REASON]", "ban from the whole chat", false,
          rest -> ModerationSyntax.sanction(rest, SanctionKind.BAN, true), Rank.MODERATOR),
      new CommandSpec("ungban", "ALIAS|ip:ADDR[/BITS]", "lift a ban from the whole chat", false,
          rest -> ModerationSyntax.lift(rest, SanctionKind.BAN, true), Rank.MODERATOR),
      new CommandSpec("gmute", "ALIAS|ip:ADDR[/BITS] [DURATION] [REASON]", "mute in every room", false,
          rest -> ModerationSyntax.sanction(rest, SanctionKind.MUTE, true), Rank.MODERATOR),
      new CommandSpec("ungmute", "ALIAS|ip:ADDR[/BITS]", "lift a mute in every room", false,
          rest -> ModerationSyntax.lift(rest, SanctionKind.MUTE, true), Rank.MODERATOR),
      new CommandSpec("gbans", "", "list the bans and mutes of the whole chat", false,
          rest -> rest.isEmpty() ? new Command.Sanctions(true) : null, Rank.MODERATOR),
      new CommandSpec("announce", "TEXT", "say TEXT to everyone in the chat", false,
          rest -> rest.isEmpty() ? null : new Command.Moderate(true, new RoomAction.Announce(rest)), Rank.MODERATOR),
      new CommandSpec("audit", "[N]", "show the last N moderation actions (20)", false, CommandTable::audit,
          Rank.MODERATOR),
      new CommandSpec("quit", "[REASON]", "leave the chat", true, Command.Quit::new));

  private static final int DEFAULT_AUDIT_LINES = 20;

  private CommandTable() {
  }

  public static List<CommandSpec> specs() {
    return SPECS;
  }

  /** What {@code line} means; never null. */
  public static Input parse(String line) {
    if (line.isBlank()) {
      return new Input.Blank();
    }
    if (!line.startsWith("/")) {
      return new Input.Text(line);
    }
    if (line.startsWith("//")) {
      return new Input.Text(line.substring(1));
    }
    int space = indexOfWhitespace(line);
    String word = (space < 0 ? line.substring(1) : line.substring(1, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? "" : line.substring(space + 1).strip();
    Optional<CommandSpec> spec = find(word);
    if (spec.isEmpty()) {
      return new Input.Unknown(word);
    }
    Command command = spec.get().parser().apply(rest);
    return command == null ? new Input.BadUsage(spec.get()) : new Input.Invoke(spec.get(), command);
  }

  public static Optional<CommandSpec> find(String word) {
    for (CommandSpec spec : SPECS) {
      if (spec.name().equals(word)) {
        return Optional.of(spec);
      }
    }
    return Optional.empty();
  }

  private static Command privateMessage(String rest) {
    int space = indexOfWhitespace(rest);
    if (space < 0) {
      return null;
    }
    String text = rest.substring(space + 1).strip();
    return text.isEmpty() ? null : new Command.Msg(rest.substring(0, space), text);
  }

  private static Command join(String rest) {
    String[] words = rest.split("\\s+");
    if (rest.isEmpty() || words.length > 2) {
      return null;
    }
    return new Command.Join(words[0], words.length == 2 ? words[1] : "");
  }

  /** {@code [N]} or {@code before ID [N]}. */
  private static Command history(String rest) {
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    Long before = null;
    int next = 0;
    if (words.length > 0 && words[0].equalsIgnoreCase("before")) {
      if (words.length < 2) {
        return null;
      }
      before = lineId(words[1]);
      if (before == null) {
        return null;
      }
      next = 2;
    }
    if (words.length > next + 1) {
      return null;
    }
    int count = DEFAULT_HISTORY_LINES;
    if (words.length == next + 1) {
      Long n = positive(words[next]);
      if (n == null || n > MAX_ASKED_LINES) {
        return null;
      }
      count = n.intValue();
    }
    return new Command.History(before, count);
  }

  private static Command resume(String rest) {
    String[] words = rest.split("\\s+");
    if (words.length != 2) {
      return null;
    }
    Long after = words[1].equals("0") || words[1].equals("#0") ? Long.valueOf(0) : lineId(words[1]);
    return after == null ? null : new Command.Resume(words[0], after);
  }

  /** A line's id as shown ({@code #812}) or bare ({@code 812}). */
  private static Long lineId(String word) {
    return positive(word.startsWith("#") ? word.substring(1) : word);
  }

  private static Long positive(String word) {
    if (word.isEmpty() || word.length() > 18 || !word.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long n = Long.parseLong(word);
    return n > 0 ? n : null;
  }

  private static Command kill(String rest) {
    if (rest.isEmpty()) {
      return null;
    }
    int space = indexOfWhitespace(rest);
    return space < 0 ? new Command.Kill(rest, "")
        : new Command.Kill(rest.substring(0, space), rest.substring(space + 1).strip());
  }

  private static Command role(String rest) {
    String[] words = rest.split("\\s+");
    if (words.length != 2) {
      return null;
    }
    return ServerRole.parse(words[1]).map(role -> (Command) new Command.Role(words[0], role)).orElse(null);
  }

  private static Command audit(String rest) {
    if (rest.isEmpty()) {
      return new Command.Audit(DEFAULT_AUDIT_LINES);
    }
    try {
      int count = Integer.parseInt(rest);
      return count > 0 ? new Command.Audit(count) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean oneWord(String rest) {
    return !rest.isEmpty() && indexOfWhitespace(rest) < 0;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
