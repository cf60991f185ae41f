package dev.relay.bus;

import java.time.Instant;

/** One moderation action as {@code /audit} shows it; {@code scope} is {@code *} for the whole server. */
public record AuditLine(Instant at, String actor, String action, String target, String scope, String reason) {
}
