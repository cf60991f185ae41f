package dev.relay.store;

import java.nio.file.Path;

/** The room store on a real PostgreSQL 14. */
class PostgresRoomStoreTest extends RoomStoreContract {

  @Override
  StoreConfig config(Path dir) {
    return DATABASES.freshPostgres(2);
  }
}
