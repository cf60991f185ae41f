package dev.relay.store;

import java.nio.file.Path;

/** Opening a real PostgreSQL 14. */
class PostgresDatabaseTest extends DatabaseContract {

  @Override
  StoreConfig config(Path dir, int poolSize) {
    return DATABASES.freshPostgres(poolSize);
  }
}
