package dev.relay.bus;

import java.util.Optional;

/** What a sanction's target names. Stored and shown by its {@link #wire()} name. */
public enum TargetType {
  /** An alias key: the account when registered, else whoever uses the alias. */
  ALIAS,
  /** An IP address or a CIDR block. */
  ADDRESS;

  /** {@code alias} or {@code address}. */
  public String wire() {
    return WireNames.of(this);
  }

  public static Optional<TargetType> parse(String text) {
    return WireNames.parse(TargetType.class, text);
  }
}
