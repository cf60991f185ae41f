-- Portable SQL only: this file runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 14+.
-- The room settings IRC clients know as channel modes +s, +t and +n; a new room has the topic locked to its
-- operators and takes messages from its members only.
ALTER TABLE rooms ADD COLUMN secret BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE rooms ADD COLUMN topic_lock BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE rooms ADD COLUMN no_external BOOLEAN NOT NULL DEFAULT TRUE;
