package dev.relay.chat;

/**
 * Where moderation actions are written down, who did what to whom and why ({@code /audit}). Writing never holds
 * up the action: a record that cannot be kept is logged.
 */
@FunctionalInterface
public interface AuditTrail {

  /** Keeps nothing: a server without a store. */
  AuditTrail NONE = (actor, action, target, scope, reason) -> { };

  /** {@code scope} is {@code *} for the whole server, else a room's key. */
  void record(String actor, String action, String target, String scope, String reason);
}
