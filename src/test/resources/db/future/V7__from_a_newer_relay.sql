-- Test-only: stands for a migration of a newer Relay, applied to a database that an older Relay then opens.
CREATE TABLE from_a_newer_relay (id INTEGER PRIMARY KEY);
