package dev.relay.store;

import java.nio.file.Path;

/** The audit store on a real PostgreSQL 14. */
class PostgresAuditStoreTest extends AuditStoreContract {

  @Override
  StoreConfig config(Path dir) {
    return DATABASES.freshPostgres(2);
  }
}
