package dev.relay.store;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** How values go into and come out of columns the same way on both back ends. */
final class Columns {

  private Columns() {
  }

  /** UTC, to the microsecond (PostgreSQL's precision); null stays null, for a nullable column. */
  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** Null for SQL NULL. */
  static Instant instant(Row row, String column) {
    OffsetDateTime time = row.getOffsetDateTime(column);
    return time == null ? null : time.toInstant();
  }

  /** The enum value a column's wire name stands for; a name the code does not know is a corrupt row. */
  static <E> E wire(Row row, String column, String table, Function<String, Optional<E>> parse) {
    String wire = row.getString(column);
    return parse.apply(wire).orElseThrow(() -> new IllegalStateException("unknown " + column + " '" + wire
        + "' in table " + table));
  }

  /** Iterates rather than asking the row count, which the JDBC client reports as -1 for a query. */
  static <T> Optional<T> first(RowSet<T> rows) {
    var each = rows.iterator();
    return each.hasNext() ? Optional.of(each.next()) : Optional.empty();
  }

  static <T> List<T> list(RowSet<T> rows) {
    List<T> all = new ArrayList<>();
    rows.forEach(all::add);
    return all;
  }
}
