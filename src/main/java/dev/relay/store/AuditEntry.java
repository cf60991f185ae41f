package dev.relay.store;

import java.time.Instant;

/**
 * One line of the audit log: who did what to whom, where and why.
 *
 * @param id     given by the database, increasing in the order entries were recorded
 * @param at     when it was done, as the caller said; stored to the microsecond
 * @param actor  who did it (an alias), at most 64 characters
 * @param action what was done ({@code ban}, {@code op}, {@code topic}...), at most 32 characters
 * @param target to whom or what, at most 128 characters, empty for nothing in particular
 * @param scope  {@link Sanction#SERVER} for server-wide, else a room's key
 * @param reason at most 400 characters, empty for none
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String scope,
    String reason) {
}
