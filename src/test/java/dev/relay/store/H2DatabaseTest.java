package dev.relay.store;

import java.nio.file.Path;

/** Opening the embedded back end: an H2 file in PostgreSQL mode. */
class H2DatabaseTest extends DatabaseContract {

  @Override
  StoreConfig config(Path dir, int poolSize) {
    return DATABASES.embedded(dir, poolSize);
  }
}
