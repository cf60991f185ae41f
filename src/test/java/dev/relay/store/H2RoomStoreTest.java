package dev.relay.store;

import java.nio.file.Path;

/** The room store on the embedded back end: an H2 file in PostgreSQL mode. */
class H2RoomStoreTest extends RoomStoreContract {

  @Override
  StoreConfig config(Path dir) {
    return DATABASES.embedded(dir, 2);
  }
}
