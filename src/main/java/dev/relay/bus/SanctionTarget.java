package dev.relay.bus;

/**
 * Whom a ban or mute names: an alias (as typed; the hub folds it) or addresses ({@code ip:10.0.0.0/8} on the
 * wire, held here normalised by {@code dev.relay.chat.AddressBlock}).
 */
public record SanctionTarget(TargetType type, String value) {

  public static SanctionTarget alias(String alias) {
    return new SanctionTarget(TargetType.ALIAS, alias);
  }

  public static SanctionTarget address(String block) {
    return new SanctionTarget(TargetType.ADDRESS, block);
  }

  /** As users type it: {@code bob}, {@code ip:10.0.0.0/8}. */
  @Override
  public String toString() {
    return type == TargetType.ADDRESS ? "ip:" + value : value;
  }
}
