package dev.relay.bus;

/**
 * How far a member's word goes server-wide, lowest first: a guest, a member logged in to an account, a moderator,
 * an administrator. A member acts only on members of a lower rank, and grants only ranks below its own.
 */
public enum Rank {
  GUEST,
  USER,
  MODERATOR,
  ADMIN;

  public boolean above(Rank other) {
    return compareTo(other) > 0;
  }

  public boolean atLeast(Rank other) {
    return compareTo(other) >= 0;
  }

  /** The rank as users name it: {@code moderator}. */
  public String wire() {
    return WireNames.of(this);
  }
}
