package dev.relay.store;

import static dev.relay.store.Columns.instant;
import static dev.relay.store.Columns.utc;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FileStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}. Stateless apart from its
 * prepared templates: one instance may serve every context.
 */
public final class SqlFileStore implements FileStore {

  private static final String COLUMNS = "id, name, content_type, byte_size, uploader_key, uploader, created_at,"
      + " expires_at";
  private static final RowMapper<StoredFile> FILE = row -> new StoredFile(row.getString("id"), row.getString("name"),
      row.getString("content_type"), row.getLong("byte_size"), row.getString("uploader_key"),
      row.getString("uploader"), instant(row, "created_at"), instant(row, "expires_at"));
  private static final RowMapper<UploadToken> TOKEN = row -> new UploadToken(row.getString("alias"),
      row.getBoolean("logged_in"), instant(row, "expires_at"));

  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> createToken;
  private final SqlTemplate<Map<String, Object>, RowSet<UploadToken>> findToken;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> begin;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> appendChunk;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> finish;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> discard;
  private final SqlTemplate<Map<String, Object>, RowSet<StoredFile>> find;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> chunk;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> uploadsSince;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> keptBytes;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> deleteExpiredFiles;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> deleteExpiredTokens;

  public SqlFileStore(Pool pool) {
    createToken = SqlTemplate.forUpdate(pool, "INSERT INTO upload_tokens (token_hash, alias, logged_in, expires_at)"
        + " VALUES (#{hash}, #{alias}, #{loggedIn}, #{expires})");
    findToken = SqlTemplate.forQuery(pool, "SELECT alias, logged_in, expires_at FROM upload_tokens"
        + " WHERE token_hash = #{hash} AND expires_at > #{now}").mapTo(TOKEN);
    begin = SqlTemplate.forUpdate(pool, "INSERT INTO files (" + COLUMNS + ") VALUES (#{id}, #{name}, #{type},"
        + " #{size}, #{uploaderKey}, #{uploader}, #{created}, #{expires})");
    appendChunk = SqlTemplate.forUpdate(pool, "INSERT INTO file_chunks (file_id, n, bytes) VALUES (#{id}, #{n},"
        + " #{bytes})");
    finish = SqlTemplate.forUpdate(pool, "UPDATE files SET complete = TRUE WHERE id = #{id}");
    discard = SqlTemplate.forUpdate(pool, "DELETE FROM files WHERE id = #{id}");
    find = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM files WHERE id = #{id} AND complete"
        + " AND expires_at > #{now}").mapTo(FILE);
    chunk = SqlTemplate.forQuery(pool, "SELECT bytes FROM file_chunks WHERE file_id = #{id} AND n = #{n}");
    uploadsSince = SqlTemplate.forQuery(pool, "SELECT COUNT(*) FROM files WHERE uploader_key = #{uploaderKey}"
        + " AND created_at >= #{since}");
    keptBytes = SqlTemplate.forQuery(pool, "SELECT COALESCE(SUM(byte_size), 0) FROM files");
    deleteExpiredFiles = SqlTemplate.forUpdate(pool, "DELETE FROM files WHERE expires_at <= #{now}");
    deleteExpiredTokens = SqlTemplate.forUpdate(pool, "DELETE FROM upload_tokens WHERE expires_at <= #{now}");
  }

  @Override
  public Future<Void> createToken(String tokenHash, UploadToken token) {
    return createToken.execute(Map.of("hash", tokenHash, "alias", token.alias(), "loggedIn", token.loggedIn(),
        "expires", utc(token.expiresAt()))).mapEmpty();
  }

  @Override
  public Future<Optional<UploadToken>> findToken(String tokenHash, Instant now) {
    return findToken.execute(Map.of("hash", tokenHash, "now", utc(now))).map(Columns::first);
  }

  @Override
  public Future<Void> begin(StoredFile file) {
    Map<String, Object> row = new HashMap<>(12);
    row.put("id", file.id());
    row.put("name", file.name());
    row.put("type", file.type());
    row.put("size", file.size());
    row.put("uploaderKey", file.uploaderKey());
    row.put("uploader", file.uploader());
    row.put("created", utc(file.createdAt()));
    row.put("expires", utc(file.expiresAt()));
    return begin.execute(row).mapEmpty();
  }

  @Override
  public Future<Void> appendChunk(String id, int n, Buffer bytes) {
    if (bytes.length() > CHUNK_BYTES) {
      return Future.failedFuture(new IllegalArgumentException("a chunk holds at most " + CHUNK_BYTES + " bytes, got "
          + bytes.length()));
    }
    return appendChunk.execute(Map.of("id", id, "n", n, "bytes", bytes)).mapEmpty();
  }

  @Override
  public Future<Void> finish(String id) {
    return finish.execute(Map.of("id", id)).mapEmpty();
  }

  @Override
  public Future<Void> discard(String id) {
    return discard.execute(Map.of("id", id)).mapEmpty();
  }

  @Override
  public Future<Optional<StoredFile>> find(String id, Instant now) {
    return find.execute(Map.of("id", id, "now", utc(now))).map(Columns::first);
  }

  @Override
  public Future<Optional<Buffer>> chunk(String id, int n) {
    return chunk.execute(Map.of("id", id, "n", n)).map(rows -> Columns.first(rows).map(row -> row.getBuffer(0)));
  }

  @Override
  public Future<Integer> uploadsSince(String uploaderKey, Instant since) {
    return uploadsSince.execute(Map.of("uploaderKey", uploaderKey, "since", utc(since)))
        .map(rows -> (int) onlyLong(rows));
  }

  @Override
  public Future<Long> keptBytes() {
    return keptBytes.execute(Map.of()).map(SqlFileStore::onlyLong);
  }

  /** Chunks go with their files (ON DELETE CASCADE). */
  @Override
  public Future<Integer> deleteExpired(Instant now) {
    Map<String, Object> at = Map.of("now", utc(now));
    return deleteExpiredTokens.execute(at).compose(v -> deleteExpiredFiles.execute(at)).map(SqlResult::rowCount);
  }

  /** The one column of an aggregate's one row; SUM comes back as a BigDecimal on PostgreSQL. */
  private static long onlyLong(RowSet<Row> rows) {
    Object value = rows.iterator().next().getValue(0);
    return ((Number) value).longValue();
  }
}
