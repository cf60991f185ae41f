package dev.relay.store;

import dev.relay.accounts.ServerRole;

/** What the in-memory directory of accounts needs of each: its key, its name as registered, its role. */
public record AccountName(String key, String name, ServerRole role) {
}
