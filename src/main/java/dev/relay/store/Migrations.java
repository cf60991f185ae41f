package dev.relay.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to the newest migration in {@value #LOCATION}, over plain JDBC. Blocking: call
 * it from a worker, never an event loop. Several instances migrating at once are serialised by Flyway with the
 * database's own lock.
 */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {
  }

  /**
   * @throws SchemaTooNewException when the database has migrations newer than any in {@value #LOCATION}
   *                               (Flyway itself would ignore them)
   * @throws StoreException        when the database cannot be reached or a migration fails
   */
  static void run(StoreConfig config, String password) {
    Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(config.jdbcUrl(), config.jdbcUser(), password)
        .locations(LOCATION)
        .load();
    refuseNewerSchema(info(flyway, config));
    try {
      MigrateResult result = flyway.migrate();
      LOG.info("Store: {}, schema at version {} ({} migration{} applied now)", config.describe(),
          result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
          result.migrationsExecuted, result.migrationsExecuted == 1 ? "" : "s");
    } catch (FlywayException e) {
      throw new StoreException("cannot bring " + config.describe() + " up to date: " + StoreException.rootMessage(e),
          e);
    }
  }

  private static MigrationInfoService info(Flyway flyway, StoreConfig config) {
    try {
      return flyway.info();
    } catch (FlywayException e) {
      throw new StoreException("cannot open " + config.describe() + ": " + StoreException.rootMessage(e), e);
    }
  }

  private static void refuseNewerSchema(MigrationInfoService info) {
    Optional<MigrationVersion> applied = newest(info, true);
    Optional<MigrationVersion> known = newest(info, false);
    if (applied.isPresent() && (known.isEmpty() || applied.get().compareTo(known.get()) > 0)) {
      throw new SchemaTooNewException(applied.get().getVersion(),
          known.map(MigrationVersion::getVersion).orElse("none"));
    }
  }

  /** The newest version applied to the database, or else the newest this code carries. */
  private static Optional<MigrationVersion> newest(MigrationInfoService info, boolean applied) {
    return Arrays.stream(info.all())
        .filter(m -> m.getVersion() != null)
        .filter(m -> applied ? m.getState().isApplied() && !m.getState().isFailed() : m.getState().isResolved())
        .map(MigrationInfo::getVersion)
        .max(Comparator.naturalOrder());
  }
}
