package dev.relay.store;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import java.time.Instant;
import java.util.Objects;

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
public record Sanction(String id, SanctionKind kind, String scope, TargetType targetType, String target, String reason,
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
}
