package dev.relay.store;

/**
 * The database has migrations this Relay does not know: a newer Relay has used it. Running on would read and
 * write a schema the code was not written for, so the store refuses to open.
 */
public final class SchemaTooNewException extends StoreException {

  private final String databaseVersion;
  private final String knownVersion;

  public SchemaTooNewException(String databaseVersion, String knownVersion) {
    super("the database schema is at version " + databaseVersion + " but this Relay knows only up to "
        + knownVersion + ": run a newer Relay, or restore a backup");
    this.databaseVersion = databaseVersion;
    this.knownVersion = knownVersion;
  }

  public String databaseVersion() {
    return databaseVersion;
  }

  public String knownVersion() {
    return knownVersion;
  }
}
