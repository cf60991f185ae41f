package dev.relay.line;

import dev.relay.accounts.ServerRole;
import dev.relay.bus.Rank;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The line protocol's commands: parsing, arity, "allowed before an alias" and {@code /help} all read this
 * one table. A line starting with {@code //} is chat text that starts with a single '/'.
 */
public final class CommandTable {

  private static final List<CommandSpec> SPECS = List.of(
      new CommandSpec("help", "", "list the commands", true, rest -> rest.isEmpty() ? new Command.Help() : null),
      new CommandSpec("nick", "NEW", "change your alias", false, rest -> oneWord(rest) ? new Command.Nick(rest) : null),
      new CommandSpec("join", "ROOM", "switch to ROOM, creating it if needed", false,
          rest -> oneWord(rest) ? new Command.Join(rest) : null),
      new CommandSpec("rooms", "", "list the rooms and how many are in each", false,
          rest -> rest.isEmpty() ? new Command.Rooms() : null),
      new CommandSpec("who", "", "list who is in your room", false, rest -> rest.isEmpty() ? new Command.Who() : null),
      new CommandSpec("msg", "ALIAS TEXT", "send TEXT to ALIAS only", false, CommandTable::privateMessage),
      new CommandSpec("me", "ACTION", "tell the room what you are doing", false,
          rest -> rest.isEmpty() ? null : new Command.Me(rest)),
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
