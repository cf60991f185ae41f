package dev.relay.bench;

import java.util.regex.Pattern;

/** Room names as the scenarios accept them: valid in Relay (PROTOCOL.md 3.3) and as IRC channels. */
final class Rooms {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,24}");

  private Rooms() {
  }

  /** {@code name} without a leading {@code #}; throws for a name some dialect would refuse. */
  static String checked(String option, String name) {
    String bare = name.startsWith("#") ? name.substring(1) : name;
    Usage.require(NAME.matcher(bare).matches(),
        option + " must be 1-24 letters, digits, _ or - (ASCII), got '" + name + "'");
    return bare;
  }
}
