package dev.relay.store;

import dev.relay.bus.WireNames;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ban or a mute, in one room or server-wide, on an alias or on addresses, until it expires or for good.
 *
 * @param id         unique, made by the caller (a UUID), at most 36 characters
 * @param kind       ban or mute
 * @param scope      {@link #SERVER} for server-wide, else a room's key (the room need not be registered)
 * @param targetType what {@code target} names
 * @param target     an alias key, or an IP address or CIDR block ({@code 10.0.0.0/8}, {@code 2001:db8::/32})
 *                   normalised by the caller; at most 64 characters
 * @param reason     at most 400 characters, empty for none
 * @param setBy      who set it (an alias), at most 64 characters
 * @param setAt      when; stored to the microsecond, as is {@code expiresAt}
 * @param expiresAt  the first instant it no longer holds, or null for permanent
 */
public record Sanction(String id, Kind kind, String scope, TargetType targetType, String target, String reason,
    String setBy, Instant setAt, Instant expiresAt) {

  /** The scope of a server-wide sanction. */
  public static final String SERVER = "*";

  public Sanction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(setBy, "setBy");
    Objects.requireNonNull(setAt, "setAt");
  }

  /** Holds at {@code now}: permanent, or expiring after it (at {@code expiresAt} itself it has expired). */
  public boolean activeAt(Instant now) {
    return expiresAt == null || expiresAt.isAfter(now);
  }

  public boolean serverWide() {
    return SERVER.equals(scope);
  }

  /** Stored and shown by its {@link #wire()} name. */
  public enum Kind {
    /** Keeps the target out. */
    BAN,
    /** Lets the target in and read, never speak. */
    MUTE;

    /** {@code ban} or {@code mute}. */
    public String wire() {
      return WireNames.of(this);
    }

    /** The kind whose wire name this is, in any letter case; empty for anything else. */
    public static Optional<Kind> parse(String text) {
      return WireNames.parse(Kind.class, text);
    }
  }

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

    /** The type whose wire name this is, in any letter case; empty for anything else. */
    public static Optional<TargetType> parse(String text) {
      return WireNames.parse(TargetType.class, text);
    }
  }
}
