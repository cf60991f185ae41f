package dev.relay.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the lasting state lives. All settings are kept whichever the back end, so that the configuration reads
 * back as it was written; only the back end's own are used.
 *
 * @param backend      {@link Backend#EMBEDDED} (an H2 file in {@code dataDir}) or {@link Backend#POSTGRES}
 * @param dataDir      directory of the embedded database, created when the store opens
 * @param host         PostgreSQL host
 * @param port         PostgreSQL port
 * @param database     PostgreSQL database
 * @param user         PostgreSQL user
 * @param passwordFile file holding the PostgreSQL password, read when the store opens; null for no password
 * @param poolSize     connections kept open at most, 1-100
 */
public record StoreConfig(Backend backend, Path dataDir, String host, int port, String database, String user,
    Path passwordFile, int poolSize) {

  /** The file name H2 gives the embedded database inside {@link #dataDir}. */
  public static final String EMBEDDED_FILE = "relay.mv.db";

  /** The user H2 creates the embedded database with, and must be opened with afterwards. */
  static final String EMBEDDED_USER = "relay";

  public enum Backend {
    EMBEDDED, POSTGRES;

    /** {@code embedded} or {@code postgres}, as written in the configuration. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the setting {@code store.backend} for anything else */
    public static Backend parse(String text) {
      for (Backend backend : values()) {
        if (backend.wire().equals(text)) {
          return backend;
        }
      }
      throw new IllegalArgumentException("store.backend: must be embedded or postgres, got '" + text + "'");
    }
  }

  public StoreConfig {
    if (poolSize < 1 || poolSize > 100) {
      throw new IllegalArgumentException("store.poolSize: must be 1-100, got " + poolSize);
    }
    if (backend == Backend.EMBEDDED && dataDir == null) {
      throw new IllegalArgumentException("store.dataDir: an embedded store needs a directory");
    }
  }

  /** An embedded H2 store in {@code dataDir}. */
  public static StoreConfig embedded(Path dataDir, int poolSize) {
    return new StoreConfig(Backend.EMBEDDED, dataDir, "localhost", 5432, "relay", "relay", null, poolSize);
  }

  /** A PostgreSQL store; {@code passwordFile} null for no password. */
  public static StoreConfig postgres(String host, int port, String database, String user, Path passwordFile,
      int poolSize) {
    return new StoreConfig(Backend.POSTGRES, Path.of("data"), host, port, database, user, passwordFile, poolSize);
  }

  /** The URL Flyway migrates through (the embedded pool uses it too). */
  String jdbcUrl() {
    return switch (backend) {
      case EMBEDDED -> "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("relay")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
      case POSTGRES -> "jdbc:postgresql://" + hostAndPort() + "/" + database;
    };
  }

  String jdbcUser() {
    return backend == Backend.EMBEDDED ? EMBEDDED_USER : user;
  }

  String hostAndPort() {
    return host + ":" + port;
  }

  /** For log lines and error messages: which database this is, never its password. */
  public String describe() {
    return switch (backend) {
      case EMBEDDED -> "the embedded database " + dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_FILE);
      case POSTGRES -> "PostgreSQL at " + hostAndPort() + " (database " + database + ", user " + user + ")";
    };
  }
}
