package dev.relay.store;

import java.nio.file.Path;

/** The account store on a real PostgreSQL 14. */
class PostgresAccountStoreTest extends AccountStoreContract {

  @Override
  StoreConfig config(Path dir) {
    return DATABASES.freshPostgres(2);
  }
}
