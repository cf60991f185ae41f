-- Portable SQL only: this file runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 14+. BYTEA is PostgreSQL's
-- binary type and H2's alias of BINARY VARYING (up to 1,000,000,000 bytes), so one name serves both.

-- Files members uploaded (docs/PROTOCOL.md 13). id: 128 random bits in base64url. A row is written before its
-- chunks and is visible (complete) only once all of them are stored. uploader_key: the uploader's alias folded for
-- comparison; uploader: as it spelled it. No foreign key to accounts: a guest may upload too.
CREATE TABLE files (
  id           VARCHAR(22)              PRIMARY KEY,
  name         VARCHAR(200)             NOT NULL,
  content_type VARCHAR(64)              NOT NULL,
  byte_size    BIGINT                   NOT NULL,
  uploader_key VARCHAR(64)              NOT NULL,
  uploader     VARCHAR(64)              NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  complete     BOOLEAN                  NOT NULL DEFAULT FALSE
);

CREATE INDEX files_uploader ON files (uploader_key, created_at);
CREATE INDEX files_expires_at ON files (expires_at);

-- A file's bytes in chunks of at most 256 KiB, numbered 0, 1, 2... in order.
CREATE TABLE file_chunks (
  file_id VARCHAR(22) NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  n       INTEGER     NOT NULL,
  bytes   BYTEA       NOT NULL,
  PRIMARY KEY (file_id, n)
);

-- token_hash is the hex SHA-256 of an upload token; the token itself is never stored.
CREATE TABLE upload_tokens (
  token_hash CHAR(64)                 PRIMARY KEY,
  alias      VARCHAR(64)              NOT NULL,
  logged_in  BOOLEAN                  NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX upload_tokens_expires_at ON upload_tokens (expires_at);
