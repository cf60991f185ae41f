package dev.relay.irc;

import dev.relay.bus.HistoryQuery;
import dev.relay.bus.HistoryRef;
import dev.relay.chat.Names;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code CHATHISTORY} (IRCv3 draft/chathistory, docs/IRC.md 10) read into what to ask the hub, or why not:
 * {@code LATEST}, {@code BEFORE}, {@code AFTER}, {@code AROUND} and {@code BETWEEN} of a channel, with {@code msgid=}
 * ({@link MessageIds}) and {@code timestamp=} references and {@code *} for {@code LATEST}; {@code TARGETS}. Relay keeps
 * no history of private messages, so a nick (or {@code *}, every private conversation) has none. Plain logic, no
 * Vert.x.
 */
final class ChathistoryCommand {

  /** What the command asks for. */
  sealed interface Parsed {
  }

  /** Lines of the channel {@code channel} (room key {@code roomKey}). */
  record Ask(String subcommand, String channel, String roomKey, HistoryQuery query) implements Parsed {
  }

  /** A target whose history Relay does not keep (a nick, or {@code *}): an empty batch. */
  record NoHistory(String subcommand, String target) implements Parsed {
  }

  /** {@code TARGETS}: the conversations with history, which Relay does not list (an empty batch). */
  record Targets() implements Parsed {
  }

  /** A standard reply {@code FAIL CHATHISTORY <code> <context...> :<text>}. */
  record Fail(String code, List<String> context, String text) implements Parsed {
    Fail {
      context = List.copyOf(context);
    }
  }

  static final String INVALID_PARAMS = "INVALID_PARAMS";
  static final String INVALID_TARGET = "INVALID_TARGET";
  static final String INVALID_MSGREFTYPE = "INVALID_MSGREFTYPE";
  static final String MESSAGE_ERROR = "MESSAGE_ERROR";

  private static final String MSGID = "msgid=";
  private static final String TIMESTAMP = "timestamp=";

  private ChathistoryCommand() {
  }

  /** {@code params}: the command's parameters, the subcommand first. */
  static Parsed parse(List<String> params) {
    String sub = params.get(0).toUpperCase(Locale.ROOT);
    int wanted = switch (sub) {
      case "LATEST", "BEFORE", "AFTER", "AROUND", "TARGETS" -> 4;
      case "BETWEEN" -> 5;
      default -> 0;
    };
    if (wanted == 0) {
      return new Fail(INVALID_PARAMS, List.of(params.get(0)), "Unknown subcommand");
    }
    if (params.size() != wanted) {
      return new Fail(INVALID_PARAMS, List.of(sub), params.size() < wanted ? "Insufficient parameters"
          : "Too many parameters");
    }
    try {
      int limit = limit(sub, params.get(wanted - 1));
      if (sub.equals("TARGETS")) {
        timestamp(sub, params.get(1));
        timestamp(sub, params.get(2));
        return new Targets();
      }
      return target(sub, params.get(1), params.subList(2, wanted - 1), limit);
    } catch (Invalid invalid) {
      return invalid.fail;
    }
  }

  private static Parsed target(String sub, String target, List<String> refs, int limit) throws Invalid {
    String roomKey = null;
    if (target.startsWith("#")) {
      String room = Channels.roomOf(target);
      if (room == null) {
        throw new Invalid(INVALID_TARGET, "Messages could not be retrieved", sub, target);
      }
      roomKey = Names.key(room);
    } else if (!target.equals("*") && Names.aliasProblem(target).isPresent()) {
      throw new Invalid(INVALID_TARGET, "Messages could not be retrieved", sub, target);
    }
    HistoryRef[] read = new HistoryRef[refs.size()];
    for (int i = 0; i < read.length; i++) {
      boolean any = i == 0 && sub.equals("LATEST") && refs.get(i).equals("*");
      read[i] = any ? null : ref(sub, target, roomKey, refs.get(i));
    }
    if (roomKey == null) {
      return new NoHistory(sub, target);
    }
    return new Ask(sub, target, roomKey, switch (sub) {
      case "LATEST" -> new HistoryQuery.Latest(read[0], limit);
      case "BEFORE" -> new HistoryQuery.Before(read[0], limit);
      case "AFTER" -> new HistoryQuery.After(read[0], limit);
      case "AROUND" -> new HistoryQuery.Around(read[0], limit);
      default -> new HistoryQuery.Between(read[0], read[1], limit);
    });
  }

  /** A {@code msgid=} or {@code timestamp=} reference; a msgid must name a line of the channel asked about. */
  private static HistoryRef ref(String sub, String target, String roomKey, String ref) throws Invalid {
    if (ref.startsWith(TIMESTAMP)) {
      return HistoryRef.time(timestamp(sub, ref));
    }
    if (ref.startsWith(MSGID)) {
      MessageIds.Ref id = MessageIds.parse(ref.substring(MSGID.length()));
      if (id == null) {
        throw new Invalid(INVALID_PARAMS, "Invalid msgid", sub, ref);
      }
      if (roomKey != null && !roomKey.equals(id.roomKey())) {
        throw new Invalid(INVALID_PARAMS, "That msgid is not from " + target, sub, ref);
      }
      return HistoryRef.line(id.seq());
    }
    if (ref.indexOf('=') > 0) {
      throw new Invalid(INVALID_MSGREFTYPE, "Only msgid and timestamp references are supported", sub, target, ref);
    }
    throw new Invalid(INVALID_PARAMS, "Invalid message reference", sub, ref);
  }

  /** {@code timestamp=YYYY-MM-DDThh:mm:ss.sssZ} (any ISO-8601 instant in UTC). */
  private static Instant timestamp(String sub, String param) throws Invalid {
    try {
      if (param.startsWith(TIMESTAMP)) {
        return Instant.parse(param.substring(TIMESTAMP.length()));
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw new Invalid(INVALID_PARAMS, "Invalid timestamp", sub, param);
  }

  /** The limit asked for, capped at the largest int (the hub caps it at its page). */
  private static int limit(String sub, String param) throws Invalid {
    if (param.isEmpty() || !param.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Invalid(INVALID_PARAMS, "Invalid limit", sub, param);
    }
    return param.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(param);
  }

  /** A parameter that cannot be used, and the reply that says so. */
  private static final class Invalid extends Exception {

    private final transient Fail fail;

    Invalid(String code, String text, String... context) {
      super(text, null, false, false);
      this.fail = new Fail(code, List.of(context), text);
    }
  }
}
