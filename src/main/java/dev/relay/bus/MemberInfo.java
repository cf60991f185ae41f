package dev.relay.bus;

/**
 * What the chat shows of a member besides its alias: the user name and real name its client gave (an IRC
 * client's USER; the alias for the other dialects) and its away message, empty while it is here.
 */
public record MemberInfo(String alias, String user, String realName, String away) {

  public boolean isAway() {
    return !away.isEmpty();
  }
}
