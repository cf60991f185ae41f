package dev.relay.files;

import dev.relay.chat.Names;
import dev.relay.store.FileStore;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;

/**
 * The bounds an upload must stay within (docs/PROTOCOL.md 13): the file's size (413), the uploader's uploads in the
 * last hour (429) and the room all kept files take (507). Checked before the body is read, against what
 * {@code Content-Length} says, and the quota again once the size is known. Two uploads checked at once may both
 * pass: the bounds are guards against abuse, not exact accounts.
 */
final class UploadLimits {

  private final FileStore store;
  private final UploadsConfig config;
  private final Clock clock;

  UploadLimits(FileStore store, UploadsConfig config, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  /** {@code declaredBytes}: the request's Content-Length, or -1 when it has none. */
  Future<Void> admit(String alias, long declaredBytes) {
    if (declaredBytes > config.maxFileBytes()) {
      return Future.failedFuture(HttpRefusal.tooLarge(config.maxFileBytes()));
    }
    return store.uploadsSince(Names.key(alias), clock.instant().minus(Duration.ofHours(1)))
        .compose(count -> count >= config.perHour() ? Future.failedFuture(HttpRefusal.tooMany(config.perHour()))
            : fits(Math.max(declaredBytes, 0)));
  }

  /** Whether {@code bytes} more fit in the quota. */
  Future<Void> fits(long bytes) {
    return store.keptBytes().compose(kept -> kept + bytes > config.quotaBytes() || kept >= config.quotaBytes()
        ? Future.failedFuture(HttpRefusal.quotaFull()) : Future.succeededFuture());
  }

  long maxFileBytes() {
    return config.maxFileBytes();
  }
}
