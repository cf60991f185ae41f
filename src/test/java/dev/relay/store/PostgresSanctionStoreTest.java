package dev.relay.store;

import java.nio.file.Path;

/** The sanction store on a real PostgreSQL 14. */
class PostgresSanctionStoreTest extends SanctionStoreContract {

  @Override
  StoreConfig config(Path dir) {
    return DATABASES.freshPostgres(2);
  }
}
