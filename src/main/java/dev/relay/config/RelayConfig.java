package dev.relay.config;

import dev.relay.accounts.AccountsConfig;
import dev.relay.cluster.ClusterSettings;
import dev.relay.edge.Limits;
import dev.relay.files.UploadsConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.edge.ServerConfig;
import dev.relay.edge.TlsConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.OpsConfig;
import dev.relay.store.StoreConfig;
import dev.relay.web.WebConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything an instance runs with, validated and immutable.
 *
 * @param server   the chat port, its limits, TLS, keepalive and PROXY protocol
 * @param irc      the IRC gateway
 * @param ops      the operator HTTP port
 * @param cluster  how to join the other instances, or null to run alone
 * @param store    where accounts and other lasting state are kept; PostgreSQL whenever there is a cluster
 * @param accounts logins' limits, resume tokens, password hashing
 * @param history  what rooms keep, for how long, and how much of it is held in memory
 * @param web      the public web port: the browser client, its WebSocket, uploads and files
 * @param uploads  what members may share, how much, and for how long it is kept
 */
public record RelayConfig(ServerConfig server, IrcConfig irc, OpsConfig ops, ClusterSettings cluster,
    StoreConfig store, AccountsConfig accounts, HistoryConfig history, WebConfig web, UploadsConfig uploads) {

  /** Several instances cannot share an H2 file: each would have its own accounts. */
  static final String CLUSTER_NEEDS_POSTGRES =
      "a cluster needs store.backend postgres: an embedded H2 database belongs to one process";

  static RelayConfig from(ConfigValues v) {
    try {
      return build(v);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static RelayConfig build(ConfigValues v) {
    int instances = v.integer(Settings.INSTANCES);
    Limits limits = new Limits(v.integer(Settings.MAX_LINE_BYTES), v.integer(Settings.MAX_OUTPUT_BYTES),
        v.number(Settings.FLOOD_RATE), v.integer(Settings.FLOOD_BURST), v.integer(Settings.MAX_CONNECTIONS),
        v.integer(Settings.MAX_CONNECTIONS_PER_IP), v.integer(Settings.HANDSHAKE_TIMEOUT),
        v.integer(Settings.PROXY_HEADER_TIMEOUT));
    TlsConfig tls = v.flag(Settings.TLS_ENABLED)
        ? new TlsConfig(v.integer(Settings.TLS_PORT), v.text(Settings.TLS_CERT), v.text(Settings.TLS_KEY))
        : null;
    ServerConfig server = new ServerConfig(v.text(Settings.HOST), v.integer(Settings.PORT),
        instances == 0 ? ServerConfig.defaultListenerLoops() : instances, limits, tls,
        v.integer(Settings.SHUTDOWN_GRACE), v.integer(Settings.KEEPALIVE_IDLE), v.flag(Settings.PROXY_PROTOCOL));
    IrcConfig irc = new IrcConfig(v.integer(Settings.IRC_PORT), v.integer(Settings.IRC_TLS_PORT),
        v.text(Settings.IRC_PASSWORD), v.integer(Settings.IRC_PING_SECONDS), v.text(Settings.IRC_SERVER_NAME));
    OpsConfig ops = new OpsConfig(v.text(Settings.HTTP_HOST), v.integer(Settings.HTTP_PORT));
    ClusterSettings cluster = null;
    if (v.flag(Settings.CLUSTER_ENABLED)) {
      cluster = new ClusterSettings(v.text(Settings.CLUSTER_NAME), blankToNull(v.text(Settings.CLUSTER_HOST)),
          v.integer(Settings.CLUSTER_PORT), v.integer(Settings.CLUSTER_BUS_PORT), v.list(Settings.CLUSTER_MEMBERS),
          blankToNull(v.text(Settings.CLUSTER_DNS)));
    }
    StoreConfig store = store(v);
    if (cluster != null && store.backend() == StoreConfig.Backend.EMBEDDED) {
      throw new ConfigException(CLUSTER_NEEDS_POSTGRES);
    }
    HistoryConfig history = history(v);
    WebConfig web = new WebConfig(v.integer(Settings.WEB_PORT), v.list(Settings.WEB_ALLOWED_ORIGINS),
        v.text(Settings.WEB_PUBLIC_URL), v.integer(Settings.WEB_MAX_FRAME_BYTES));
    UploadsConfig uploads = new UploadsConfig(v.flag(Settings.UPLOADS_ENABLED),
        v.longInteger(Settings.UPLOADS_MAX_FILE_BYTES), v.integer(Settings.UPLOADS_PER_HOUR),
        v.longInteger(Settings.UPLOADS_QUOTA_BYTES), Duration.ofSeconds(v.integer(Settings.UPLOADS_TOKEN_SECONDS)),
        history.retention());
    return new RelayConfig(server, irc, ops, cluster, store, accounts(v), history, web, uploads);
  }

  private static HistoryConfig history(ConfigValues v) {
    HistoryConfig d = HistoryConfig.DEFAULTS;
    return new HistoryConfig(v.flag(Settings.HISTORY_ENABLED),
        Duration.ofDays(v.integer(Settings.HISTORY_RETENTION_DAYS)),
        v.integer(Settings.HISTORY_MAX_LINES_PER_ROOM), v.integer(Settings.HISTORY_REPLAY_LINES),
        v.integer(Settings.HISTORY_PAGE_LINES), v.integer(Settings.HISTORY_RESUME_LINES),
        v.integer(Settings.HISTORY_ROOM_MEMORY_LINES), v.integer(Settings.HISTORY_MEMORY_LINES),
        v.integer(Settings.HISTORY_REQUESTS_PER_MINUTE), v.integer(Settings.HISTORY_MAILBOX_SIZE), d.orderWaitMillis(),
        d.flushMillis(), d.batchLines(), v.integer(Settings.HISTORY_MAX_UNWRITTEN_LINES));
  }

  private static AccountsConfig accounts(ConfigValues v) {
    int threads = v.integer(Settings.ACCOUNTS_HASH_THREADS);
    return new AccountsConfig(v.integer(Settings.ACCOUNTS_MAX_FAILURES_PER_ACCOUNT),
        v.integer(Settings.ACCOUNTS_MAX_FAILURES_PER_ADDRESS),
        Duration.ofSeconds(v.integer(Settings.ACCOUNTS_FAILURE_WINDOW)),
        Duration.ofDays(v.integer(Settings.ACCOUNTS_RESUME_TOKEN_DAYS)),
        threads == 0 ? AccountsConfig.defaultHashThreads() : threads, v.flag(Settings.ACCOUNTS_GUESTS_WHILE_STORE_DOWN),
        v.list(Settings.ACCOUNTS_ADMINS));
  }

  private static StoreConfig store(ConfigValues v) {
    String passwordFile = blankToNull(v.text(Settings.STORE_POSTGRES_PASSWORD_FILE));
    return new StoreConfig(StoreConfig.Backend.parse(v.text(Settings.STORE_BACKEND)),
        Path.of(v.text(Settings.STORE_DATA_DIR)), v.text(Settings.STORE_POSTGRES_HOST),
        v.integer(Settings.STORE_POSTGRES_PORT), v.text(Settings.STORE_POSTGRES_DATABASE),
        v.text(Settings.STORE_POSTGRES_USER), passwordFile == null ? null : Path.of(passwordFile),
        v.integer(Settings.STORE_POOL_SIZE));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
