-- Portable SQL only: this file runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 14+.
-- name_key is the account's name folded for comparison; name keeps the spelling it was registered with.
CREATE TABLE accounts (
  name_key      VARCHAR(64)              PRIMARY KEY,
  name          VARCHAR(64)              NOT NULL,
  password_hash VARCHAR(256)             NOT NULL,
  server_role   VARCHAR(16)              NOT NULL DEFAULT 'none',
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- token_hash is the hex SHA-256 of a resume token; the token itself is never stored.
CREATE TABLE resume_tokens (
  token_hash  CHAR(64)                 PRIMARY KEY,
  account_key VARCHAR(64)              NOT NULL REFERENCES accounts (name_key) ON DELETE CASCADE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX resume_tokens_account_key ON resume_tokens (account_key);
