package dev.relay.config;

import static dev.relay.config.Setting.flag;
import static dev.relay.config.Setting.integer;
import static dev.relay.config.Setting.list;
import static dev.relay.config.Setting.number;
import static dev.relay.config.Setting.text;

import java.util.List;

/** Every configuration key Relay has. Defaults are in conf/relay.json; docs/CONFIG.md documents each. */
public final class Settings {

  public static final Setting HOST = text("host", "interface the chat port listens on");
  public static final Setting PORT = integer("port", 0, 65535, "chat port; 0 picks a free one");
  public static final Setting INSTANCES = integer("instances", 0, 1024,
      "listener event loops; 0 means one per two cores (at least one)");
  public static final Setting MAX_LINE_BYTES = integer("limits.maxLineBytes", 64, 1 << 20,
      "longest input line in bytes (CRLF not counted); longer lines are discarded with an error");
  public static final Setting MAX_OUTPUT_BYTES = integer("limits.maxOutputBytes", 4096, 1L << 30,
      "output a client may leave unread before it is disconnected as a slow consumer");
  public static final Setting FLOOD_RATE = number("limits.floodRate", 0, 1_000_000,
      "input lines per second per connection before reading slows; 0 turns flood control off");
  public static final Setting FLOOD_BURST = integer("limits.floodBurst", 1, 1_000_000,
      "lines a connection may send at once before the flood rate applies");
  public static final Setting MAX_CONNECTIONS = integer("limits.maxConnections", 0, 10_000_000,
      "connections this instance accepts at once; 0 means no limit");
  public static final Setting MAX_CONNECTIONS_PER_IP = integer("limits.maxConnectionsPerIp", 0, 10_000_000,
      "connections one client address may hold at once; 0 means no limit");
  public static final Setting HANDSHAKE_TIMEOUT = integer("limits.handshakeTimeoutSeconds", 0, 86_400,
      "seconds a new connection has to choose an alias before it is closed; 0 means no limit");
  public static final Setting PROXY_HEADER_TIMEOUT = integer("limits.proxyHeaderTimeoutSeconds", 1, 300,
      "with proxyProtocol on, seconds a new connection may be silent before its PROXY header is complete; "
          + "then it is closed");
  public static final Setting HTTP_HOST = text("http.host", "interface the operator HTTP port listens on");
  public static final Setting HTTP_PORT = integer("http.port", 0, 65535,
      "operator HTTP port: /health/live, /health/ready, /metrics; 0 picks a free one");
  public static final Setting SHUTDOWN_GRACE = integer("shutdown.graceSeconds", 0, 3600,
      "on SIGTERM, how long clients get to take their last output before the rest is closed");
  /** Linux caps TCP_KEEPIDLE at 32767 seconds. */
  public static final Setting KEEPALIVE_IDLE = integer("keepalive.idleSeconds", 0, 32_767,
      "seconds a chat connection may be silent before TCP keepalive probes start (an unanswered one is repeated "
          + "every 30 s; 4 close the connection); 0 turns keepalive off");
  public static final Setting PROXY_PROTOCOL = flag("proxyProtocol",
      "every chat connection starts with a PROXY protocol header (v1 or v2), whose client address Relay uses; "
          + "only behind a load balancer that always sends one");
  public static final Setting TLS_ENABLED = flag("tls.enabled", "also offer the chat over TLS on tls.port");
  public static final Setting TLS_PORT = integer("tls.port", 0, 65535, "TLS chat port; 0 picks a free one");
  public static final Setting TLS_CERT = text("tls.certPath", "PEM certificate (chain) file for the TLS port");
  public static final Setting TLS_KEY = text("tls.keyPath", "PEM private key file for the TLS port");
  public static final Setting IRC_PORT = integer("irc.port", 0, 65535, "IRC gateway port; 0 turns the gateway off");
  public static final Setting IRC_TLS_PORT = integer("irc.tlsPort", 0, 65535,
      "IRC gateway port over TLS, with the chat's certificate, when tls.enabled; 0 turns it off");
  public static final Setting IRC_PASSWORD = text("irc.password",
      "server password IRC clients must send with PASS before registering; empty for none");
  public static final Setting IRC_PING_SECONDS = integer("irc.pingSeconds", 5, 3600,
      "silence after which an IRC client gets PING, and the time it then has to answer before it is disconnected");
  public static final Setting IRC_SERVER_NAME = text("irc.serverName",
      "the server's name in the prefix of the IRC gateway's own lines (a host name)");
  public static final Setting CLUSTER_ENABLED = flag("cluster.enabled",
      "join the other instances as one chat (Hazelcast); off, nothing of Hazelcast starts");
  public static final Setting CLUSTER_NAME = text("cluster.name",
      "cluster name; instances with another name never join this cluster");
  public static final Setting CLUSTER_HOST = text("cluster.host",
      "address this instance binds and advertises to the others; empty lets Hazelcast choose");
  public static final Setting CLUSTER_PORT = integer("cluster.port", 1, 65535, "Hazelcast member port");
  public static final Setting CLUSTER_BUS_PORT = integer("cluster.busPort", -1, 65535,
      "clustered event-bus port; -1 means cluster.port + 100, 0 picks a free one");
  public static final Setting CLUSTER_MEMBERS = list("cluster.members",
      "static discovery: HOST:PORT of the members to contact");
  public static final Setting CLUSTER_DNS = text("cluster.dns",
      "Kubernetes discovery: DNS name of the headless Service that selects the pods");
  public static final Setting STORE_BACKEND = text("store.backend",
      "where accounts and other lasting state are kept: embedded (an H2 file, one instance only) or postgres");
  public static final Setting STORE_DATA_DIR = text("store.dataDir",
      "directory of the embedded database (its file is relay.mv.db there); created if missing");
  public static final Setting STORE_POSTGRES_HOST = text("store.postgres.host", "PostgreSQL server host");
  public static final Setting STORE_POSTGRES_PORT = integer("store.postgres.port", 1, 65535, "PostgreSQL server port");
  public static final Setting STORE_POSTGRES_DATABASE = text("store.postgres.database", "PostgreSQL database name");
  public static final Setting STORE_POSTGRES_USER = text("store.postgres.user", "PostgreSQL user name");
  public static final Setting STORE_POSTGRES_PASSWORD_FILE = text("store.postgres.passwordFile",
      "file holding the PostgreSQL password (read at start-up, trailing line break ignored); empty for none");
  public static final Setting ACCOUNTS_MAX_FAILURES_PER_ACCOUNT = integer("accounts.maxFailuresPerAccount", 1, 1_000_000,
      "failed logins to one account, from anywhere, within accounts.failureWindowSeconds before its logins are "
          + "refused (a resume token still logs in)");
  public static final Setting ACCOUNTS_MAX_FAILURES_PER_ADDRESS = integer("accounts.maxFailuresPerAddress", 1,
      1_000_000, "failed logins from one client address within accounts.failureWindowSeconds before its logins "
          + "are refused");
  public static final Setting ACCOUNTS_FAILURE_WINDOW = integer("accounts.failureWindowSeconds", 1, 86_400,
      "how long failed logins count, from the first; on every instance together in a cluster");
  public static final Setting ACCOUNTS_RESUME_TOKEN_DAYS = integer("accounts.resumeTokenDays", 0, 365,
      "days a resume token logs in in place of the password; 0 issues none");
  public static final Setting ACCOUNTS_HASH_THREADS = integer("accounts.hashThreads", 0, 256,
      "threads that hash passwords (Argon2id); 0 means one per two cores, at least one");
  public static final Setting ACCOUNTS_GUESTS_WHILE_STORE_DOWN = flag("accounts.guestsWhileStoreDown",
      "whether guests may still join while the database is unreachable");
  public static final Setting ACCOUNTS_ADMINS = list("accounts.admins",
      "accounts that are server administrators whatever the database says (the first admin); each must still be "
          + "registered, with its password, to log in");
  public static final Setting STORE_POOL_SIZE = integer("store.poolSize", 1, 100,
      "database connections this instance keeps open at most");

  public static final Setting HISTORY_ENABLED = flag("history.enabled",
      "whether rooms keep what is said (each room's owner can still turn it off); lines are numbered either way");
  public static final Setting HISTORY_RETENTION_DAYS = integer("history.retentionDays", 1, 36_500,
      "days a room's line (and a private message kept for an account that is away) is kept");
  public static final Setting HISTORY_MAX_LINES_PER_ROOM = integer("history.maxLinesPerRoom", 1, 100_000_000,
      "lines a room keeps at most, the newest");
  public static final Setting HISTORY_REPLAY_LINES = integer("history.replayLines", 0, 1_000,
      "how many of a room's last lines a member gets on entering it");
  public static final Setting HISTORY_PAGE_LINES = integer("history.pageLines", 1, 1_000,
      "the most lines one /history (or CHATHISTORY) request gets");
  public static final Setting HISTORY_RESUME_LINES = integer("history.resumeLines", 1, 10_000,
      "the most missed lines a /resume replays, the newest of them");
  public static final Setting HISTORY_ROOM_MEMORY_LINES = integer("history.roomMemoryLines", 1, 10_000,
      "how many of each room's newest lines are held in memory for replays (at least history.replayLines)");
  public static final Setting HISTORY_MEMORY_LINES = integer("history.memoryLines", 1, 10_000_000,
      "how many lines are held in memory, all rooms together; past it the rooms used least recently are read from the"
          + " store again");
  public static final Setting HISTORY_REQUESTS_PER_MINUTE = integer("history.requestsPerMinute", 1, 10_000,
      "how often a member may ask for history");
  public static final Setting HISTORY_MAILBOX_SIZE = integer("history.mailboxSize", 0, 10_000,
      "private messages kept for a registered account while nobody holds it; 0 keeps none");
  public static final Setting HISTORY_MAX_UNWRITTEN_LINES = integer("history.maxUnwrittenLines", 1, 10_000_000,
      "lines that may wait for the store while it is slow or away; past that the oldest are not kept");

  public static final Setting WEB_PORT = integer("web.port", 0, 65535,
      "public web port: the browser client, its WebSocket (/ws), uploads and files; 0 turns it off");
  public static final Setting WEB_ALLOWED_ORIGINS = list("web.allowedOrigins",
      "origins (scheme://host[:port]) besides the web port's own whose pages may open the WebSocket");
  public static final Setting WEB_PUBLIC_URL = text("web.publicUrl",
      "the web port's address as users reach it (https://chat.example.org), for links to files; empty: "
          + "http(s)://HOST:web.port, HOST this machine's name");
  public static final Setting WEB_MAX_FRAME_BYTES = integer("web.maxFrameBytes", 256, 1 << 20,
      "largest WebSocket message a browser may send; larger ones close the connection");

  public static final Setting UPLOADS_ENABLED = flag("uploads.enabled", "whether members may share files");
  public static final Setting UPLOADS_MAX_FILE_BYTES = integer("uploads.maxFileBytes", 1, 1L << 32,
      "largest file a member may upload, in bytes");
  public static final Setting UPLOADS_PER_HOUR = integer("uploads.perHour", 1, 1_000_000,
      "uploads one member (alias or account) may make in an hour");
  public static final Setting UPLOADS_QUOTA_BYTES = integer("uploads.quotaBytes", 1, 1L << 50,
      "bytes all kept files may take together; past it uploads are refused until old ones expire "
          + "(files are kept history.retentionDays)");
  public static final Setting UPLOADS_TOKEN_SECONDS = integer("uploads.tokenSeconds", 10, 86_400,
      "how long an upload token from /upload is valid");

  public static final List<Setting> ALL = List.of(HOST, PORT, INSTANCES, MAX_LINE_BYTES, MAX_OUTPUT_BYTES,
      FLOOD_RATE, FLOOD_BURST, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_IP, HANDSHAKE_TIMEOUT, PROXY_HEADER_TIMEOUT,
      HTTP_HOST, HTTP_PORT, SHUTDOWN_GRACE, KEEPALIVE_IDLE, PROXY_PROTOCOL, TLS_ENABLED, TLS_PORT, TLS_CERT, TLS_KEY,
      IRC_PORT, IRC_TLS_PORT, IRC_PASSWORD, IRC_PING_SECONDS, IRC_SERVER_NAME, CLUSTER_ENABLED, CLUSTER_NAME,
      CLUSTER_HOST, CLUSTER_PORT, CLUSTER_BUS_PORT, CLUSTER_MEMBERS, CLUSTER_DNS, STORE_BACKEND, STORE_DATA_DIR,
      STORE_POSTGRES_HOST, STORE_POSTGRES_PORT, STORE_POSTGRES_DATABASE, STORE_POSTGRES_USER,
      STORE_POSTGRES_PASSWORD_FILE, STORE_POOL_SIZE, ACCOUNTS_MAX_FAILURES_PER_ACCOUNT,
      ACCOUNTS_MAX_FAILURES_PER_ADDRESS, ACCOUNTS_FAILURE_WINDOW, ACCOUNTS_RESUME_TOKEN_DAYS, ACCOUNTS_HASH_THREADS,
      ACCOUNTS_GUESTS_WHILE_STORE_DOWN, ACCOUNTS_ADMINS, HISTORY_ENABLED, HISTORY_RETENTION_DAYS,
      HISTORY_MAX_LINES_PER_ROOM, HISTORY_REPLAY_LINES, HISTORY_PAGE_LINES, HISTORY_RESUME_LINES,
      HISTORY_ROOM_MEMORY_LINES, HISTORY_MEMORY_LINES, HISTORY_REQUESTS_PER_MINUTE, HISTORY_MAILBOX_SIZE,
      HISTORY_MAX_UNWRITTEN_LINES, WEB_PORT, WEB_ALLOWED_ORIGINS, WEB_PUBLIC_URL, WEB_MAX_FRAME_BYTES, UPLOADS_ENABLED,
      UPLOADS_MAX_FILE_BYTES, UPLOADS_PER_HOUR, UPLOADS_QUOTA_BYTES, UPLOADS_TOKEN_SECONDS);

  private Settings() {
  }
}
