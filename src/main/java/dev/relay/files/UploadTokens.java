package dev.relay.files;

import dev.relay.store.FileStore;
import dev.relay.store.UploadToken;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;

/**
 * Grants upload tokens and checks the ones uploads present ({@code Authorization: Bearer TOKEN}). Only a token's
 * hash is stored. Stateless: any context.
 */
public final class UploadTokens {

  private static final String BEARER = "Bearer ";

  private final FileStore store;
  private final FileIds ids;
  private final Clock clock;
  private final Duration life;

  public UploadTokens(FileStore store, FileIds ids, Clock clock, Duration life) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
    this.life = life;
  }

  /** A new token for the member chatting as {@code alias}, valid for the configured life. */
  public Future<String> grant(String alias, boolean loggedIn) {
    String token = ids.next();
    return store.createToken(FileIds.hash(token), new UploadToken(alias, loggedIn, clock.instant().plus(life)))
        .map(token);
  }

  /**
   * What the token in an {@code Authorization} header stands for; fails with a 401 {@link HttpRefusal} when there
   * is none, or it is unknown or expired.
   */
  Future<UploadToken> verify(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Future.failedFuture(HttpRefusal.noToken());
    }
    String token = authorization.substring(BEARER.length()).strip();
    if (!FileIds.wellFormed(token)) {
      return Future.failedFuture(HttpRefusal.noToken());
    }
    return store.findToken(FileIds.hash(token), clock.instant()).compose(found -> found
        .map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(HttpRefusal.noToken())));
  }
}
