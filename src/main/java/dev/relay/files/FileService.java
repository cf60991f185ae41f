package dev.relay.files;

import dev.relay.bus.Addresses;
import dev.relay.bus.FileReply;
import dev.relay.bus.FileRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.SharedFile;
import dev.relay.store.FileStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's file service on {@link Addresses#FILES}: grants upload tokens and describes files for {@code /share}
 * (docs/PROTOCOL.md 13). Every request gets a {@link FileReply}; a store failure is a {@link FileReply.Refused}
 * saying so, never a failed message. Stateless apart from its consumer.
 */
public final class FileService {

  private static final Logger LOG = LoggerFactory.getLogger(FileService.class);

  private final UploadsConfig config;
  private final UploadTokens tokens;
  private final FileStore store;
  private final FileLinks links;
  private final Clock clock;
  private MessageConsumer<FileRequest> consumer;

  public FileService(UploadsConfig config, UploadTokens tokens, FileStore store, FileLinks links, Clock clock) {
    this.config = config;
    this.tokens = tokens;
    this.store = store;
    this.links = links;
    this.clock = clock;
  }

  /** Registers the node-local consumer (needs {@link dev.relay.bus.Codecs} registered); completes once it is. */
  public Future<Void> start(Vertx vertx) {
    consumer = vertx.eventBus().localConsumer(Addresses.FILES,
        m -> handle(m.body()).onSuccess(reply -> m.reply(reply, LocalCodec.LOCAL)));
    return consumer.completion();
  }

  public Future<Void> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }

  public Future<FileReply> handle(FileRequest request) {
    Future<FileReply> reply = request instanceof FileRequest.Grant grant ? grant(grant)
        : describe(((FileRequest.Describe) request).id());
    return reply.recover(failure -> {
      LOG.warn("file request {} failed: {}", request, failure.toString());
      return Future.succeededFuture(new FileReply.Refused("the file store is unavailable"));
    });
  }

  private Future<FileReply> grant(FileRequest.Grant grant) {
    if (!config.enabled()) {
      return Future.succeededFuture(new FileReply.Refused("uploads are turned off"));
    }
    return tokens.grant(grant.alias(), grant.loggedIn()).map(token -> new FileReply.Granted(token,
        links.uploadUrl(), config.maxFileBytes(), config.tokenLife().toSeconds()));
  }

  private Future<FileReply> describe(String id) {
    FileReply missing = new FileReply.Refused("no file " + id);
    if (!FileIds.wellFormed(id)) {
      return Future.succeededFuture(missing);
    }
    return store.find(id, clock.instant()).map(found -> found.<FileReply>map(file -> new FileReply.Found(
        new SharedFile(file.id(), file.name(), file.type(), file.size(), links.url(file.id(), file.name())),
        file.uploader())).orElse(missing));
  }
}
