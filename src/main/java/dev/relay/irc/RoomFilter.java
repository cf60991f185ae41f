package dev.relay.irc;

import dev.relay.chat.Names;
import dev.relay.chat.RoomCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which rooms a LIST asks for (ELIST=MNU, modern.ircdocs.horse "ELIST"): channel names and masks ({@code #ch*}),
 * any of which a room may match, and conditions every listed room must meet: a mask it must not match
 * ({@code !#ch*}) and a member count ({@code >n}, {@code <n}). With no name or mask, every room someone is in.
 */
final class RoomFilter {

  private final List<String> wanted = new ArrayList<>();
  private final List<String> unwanted = new ArrayList<>();
  private int moreThan = -1;
  private int fewerThan = Integer.MAX_VALUE;

  /** The filter for a LIST parameter such as {@code #a,#b*,>2}; null or empty for no parameter. */
  static RoomFilter parse(String param) {
    RoomFilter filter = new RoomFilter();
    if (param == null) {
      return filter;
    }
    for (String element : param.split(",")) {
      if (element.isEmpty()) {
        continue;
      }
      char first = element.charAt(0);
      if ((first == '>' || first == '<') && element.substring(1).matches("\\d{1,9}")) {
        int n = Integer.parseInt(element.substring(1));
        if (first == '>') {
          filter.moreThan = Math.max(filter.moreThan, n);
        } else {
          filter.fewerThan = Math.min(filter.fewerThan, n);
        }
      } else if (first == '!' && element.length() > 1) {
        filter.unwanted.add(element.substring(1).toLowerCase(Locale.ROOT));
      } else {
        filter.wanted.add(element.toLowerCase(Locale.ROOT));
      }
    }
    return filter;
  }

  boolean accepts(RoomCount room) {
    String channel = IrcDialect.channel(Names.key(room.name()));
    if (room.members() <= moreThan || room.members() >= fewerThan || (wanted.isEmpty() && room.members() == 0)) {
      return false;
    }
    for (String mask : unwanted) {
      if (Masks.matches(mask, channel)) {
        return false;
      }
    }
    return wanted.isEmpty() || wanted.stream().anyMatch(mask -> Masks.matches(mask, channel));
  }
}
