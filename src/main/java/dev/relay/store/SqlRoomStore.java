package dev.relay.store;

import static dev.relay.store.Columns.instant;
import static dev.relay.store.Columns.utc;

import dev.relay.bus.RoomModes;
import dev.relay.bus.RoomRank;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RoomStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}: each statement written once
 * for H2 (PostgreSQL mode) and PostgreSQL, timestamps in UTC to the microsecond. Stateless apart from its prepared
 * templates: one instance may serve every context.
 */
public final class SqlRoomStore implements RoomStore {

  private static final String ROOM_COLUMNS = "name_key, name, owner_key, topic, topic_by, topic_at, moderated,"
      + " invite_only, secret, topic_lock, no_external, join_key, member_limit, history, created_at";
  private static final String ROLE_COLUMNS = "room_key, account_key, role, granted_by, granted_at";
  private static final RowMapper<Room> ROOM = row -> new Room(row.getString("name_key"), row.getString("name"),
      row.getString("owner_key"), row.getString("topic"), row.getString("topic_by"), instant(row, "topic_at"),
      new RoomModes(row.getBoolean("moderated"), row.getBoolean("invite_only"), row.getBoolean("secret"),
          row.getBoolean("topic_lock"), row.getBoolean("no_external"), row.getString("join_key"),
          row.getInteger("member_limit"), row.getBoolean("history")),
      instant(row, "created_at"));
  private static final RowMapper<RoomRole> ROLE = row -> new RoomRole(row.getString("room_key"),
      row.getString("account_key"), Columns.wire(row, "role", "room_roles", RoomRank::parse),
      row.getString("granted_by"), instant(row, "granted_at"));

  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> register;
  private final SqlTemplate<Map<String, Object>, RowSet<Room>> find;
  private final SqlTemplate<Map<String, Object>, RowSet<Room>> all;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> update;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> unregister;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> replaceRole;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> insertRole;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> removeRole;
  private final SqlTemplate<Map<String, Object>, RowSet<RoomRole>> roles;

  public SqlRoomStore(Pool pool) {
    register = SqlTemplate.forUpdate(pool, "INSERT INTO rooms (" + ROOM_COLUMNS + ") VALUES (#{key}, #{name},"
        + " #{owner}, #{topic}, #{topicBy}, #{topicAt}, #{moderated}, #{inviteOnly}, #{secret}, #{topicLock},"
        + " #{noExternal}, #{joinKey}, #{memberLimit}, #{history}, #{createdAt}) ON CONFLICT DO NOTHING");
    find = SqlTemplate.forQuery(pool, "SELECT " + ROOM_COLUMNS + " FROM rooms WHERE name_key = #{key}")
        .mapTo(ROOM);
    all = SqlTemplate.forQuery(pool, "SELECT " + ROOM_COLUMNS + " FROM rooms ORDER BY name_key").mapTo(ROOM);
    update = SqlTemplate.forUpdate(pool, "UPDATE rooms SET name = #{name}, owner_key = #{owner}, topic = #{topic},"
        + " topic_by = #{topicBy}, topic_at = #{topicAt}, moderated = #{moderated}, invite_only = #{inviteOnly},"
        + " secret = #{secret}, topic_lock = #{topicLock}, no_external = #{noExternal}, join_key = #{joinKey},"
        + " member_limit = #{memberLimit}, history = #{history} WHERE name_key = #{key}");
    unregister = SqlTemplate.forUpdate(pool, "DELETE FROM rooms WHERE name_key = #{key}");
    replaceRole = SqlTemplate.forUpdate(pool, "UPDATE room_roles SET role = #{role}, granted_by = #{grantedBy},"
        + " granted_at = #{grantedAt} WHERE room_key = #{room} AND account_key = #{account}");
    insertRole = SqlTemplate.forUpdate(pool, "INSERT INTO room_roles (" + ROLE_COLUMNS + ") VALUES (#{room},"
        + " #{account}, #{role}, #{grantedBy}, #{grantedAt}) ON CONFLICT DO NOTHING");
    removeRole = SqlTemplate.forUpdate(pool, "DELETE FROM room_roles WHERE room_key = #{room}"
        + " AND account_key = #{account}");
    roles = SqlTemplate.forQuery(pool, "SELECT " + ROLE_COLUMNS + " FROM room_roles ORDER BY room_key, account_key")
        .mapTo(ROLE);
  }

  @Override
  public Future<Boolean> register(Room room) {
    Map<String, Object> params = settings(room);
    params.put("createdAt", utc(room.createdAt()));
    return register.execute(params).map(SqlRoomStore::changedOne);
  }

  @Override
  public Future<Optional<Room>> find(String key) {
    return find.execute(Map.of("key", key)).map(Columns::first);
  }

  @Override
  public Future<List<Room>> all() {
    return all.execute(Map.of()).map(Columns::list);
  }

  @Override
  public Future<Boolean> update(Room room) {
    return update.execute(settings(room)).map(SqlRoomStore::changedOne);
  }

  @Override
  public Future<Boolean> unregister(String key) {
    return unregister.execute(Map.of("key", key)).map(SqlRoomStore::changedOne);
  }

  /**
   * Replace, else insert: portable where {@code ON CONFLICT DO UPDATE} is not. When another caller inserts the same
   * pair between the two, the insert does nothing and the replace runs once more, so the last call still wins.
   */
  @Override
  public Future<Void> setRole(RoomRole role) {
    Map<String, Object> params = Map.of("room", role.roomKey(), "account", role.accountKey(),
        "role", role.role().wire(), "grantedBy", role.grantedBy(), "grantedAt", utc(role.grantedAt()));
    return replaceRole.execute(params)
        .compose(replaced -> changedOne(replaced) ? Future.succeededFuture(replaced) : insertRole.execute(params))
        .compose(written -> changedOne(written) ? Future.succeededFuture(written) : replaceRole.execute(params))
        .mapEmpty();
  }

  @Override
  public Future<Boolean> removeRole(String roomKey, String accountKey) {
    return removeRole.execute(Map.of("room", roomKey, "account", accountKey)).map(SqlRoomStore::changedOne);
  }

  @Override
  public Future<List<RoomRole>> roles() {
    return roles.execute(Map.of()).map(Columns::list);
  }

  /** Every column but the creation time; a HashMap, since several settings may be null. */
  private static Map<String, Object> settings(Room room) {
    Map<String, Object> params = new HashMap<>();
    params.put("key", room.key());
    params.put("name", room.name());
    params.put("owner", room.ownerKey());
    params.put("topic", room.topic());
    params.put("topicBy", room.topicBy());
    params.put("topicAt", utc(room.topicAt()));
    RoomModes modes = room.modes();
    params.put("moderated", modes.moderated());
    params.put("inviteOnly", modes.inviteOnly());
    params.put("secret", modes.secret());
    params.put("topicLock", modes.topicLock());
    params.put("noExternal", modes.noExternal());
    params.put("joinKey", modes.joinKey());
    params.put("memberLimit", modes.memberLimit());
    params.put("history", modes.history());
    return params;
  }

  private static boolean changedOne(SqlResult<Void> result) {
    return result.rowCount() == 1;
  }
}
