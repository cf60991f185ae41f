package dev.relay.client;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.function.LongConsumer;

/**
 * A stream passed on as it is, telling after each piece how many bytes have passed so far: a transfer's progress,
 * with the pipe's back-pressure untouched. {@code passed} is called on the stream's thread.
 */
final class CountingStream implements ReadStream<Buffer> {

  private final ReadStream<Buffer> stream;
  private final LongConsumer passed;
  private long count;

  CountingStream(ReadStream<Buffer> stream, LongConsumer passed) {
    this.stream = stream;
    this.passed = passed;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    stream.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    stream.handler(handler == null ? null : piece -> {
      handler.handle(piece);
      count += piece.length();
      passed.accept(count);
    });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    stream.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    stream.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    stream.fetch(amount);
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> handler) {
    stream.endHandler(handler);
    return this;
  }
}
