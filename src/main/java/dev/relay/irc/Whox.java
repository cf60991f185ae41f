package dev.relay.irc;

import java.util.Arrays;

/**
 * WHOX (IRCv3 "whox"): {@code WHO <mask> %<fields>[,<token>]} answers with RPL_WHOSPCRPL (354), carrying the asked
 * fields in the specification's order. Relay has no IP addresses to show, no accounts, no idle times and no op
 * levels yet: those fields carry the placeholders the specification gives.
 */
record Whox(String fields, String token) {

  /** The order fields appear in, whatever order they were asked in. */
  private static final String ORDER = "tcuihsnfdlaor";

  /** The WHOX request in WHO's second parameter, or null when it is not one. */
  static Whox parse(String param) {
    if (param == null || !param.startsWith("%")) {
      return null;
    }
    String spec = param.substring(1);
    int comma = spec.indexOf(',');
    String fields = comma < 0 ? spec : spec.substring(0, comma);
    String token = comma < 0 ? "0" : spec.substring(comma + 1);
    return new Whox(fields, token.matches("\\d{1,3}") ? token : "0");
  }

  /** The parameters of one 354 reply after the client's nick. */
  String[] reply(String channel, String user, String server, String nick, String flags, String realName) {
    String[] values = new String[ORDER.length()];
    int n = 0;
    for (char field : ORDER.toCharArray()) {
      if (fields.indexOf(field) < 0) {
        continue;
      }
      values[n++] = switch (field) {
        case 't' -> token;
        case 'c' -> channel;
        case 'u' -> user;
        case 'i' -> "255.255.255.255";
        case 'h' -> IrcReplies.HOST;
        case 's' -> server;
        case 'n' -> nick;
        case 'f' -> flags;
        case 'd' -> "0";
        case 'l' -> "0";
        case 'a' -> "0";
        case 'o' -> "n/a";
        default -> realName;
      };
    }
    return Arrays.copyOf(values, n);
  }
}
