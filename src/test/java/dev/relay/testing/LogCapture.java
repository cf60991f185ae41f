package dev.relay.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * What one class logs while a test runs, as {@code LEVEL message} lines, in the order logged. Close it to stop
 * collecting.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final Logger logger;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
  }

  public static LogCapture of(Class<?> type) {
    LogCapture capture = new LogCapture((Logger) LoggerFactory.getLogger(type));
    capture.start();
    capture.logger.addAppender(capture);
    return capture;
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(event.getLevel() + " " + event.getFormattedMessage());
  }

  /** The next line logged, waiting for it up to {@link LineClient#TIMEOUT_MS}; fails the test if none comes. */
  public String next() {
    try {
      String line = lines.poll(LineClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new AssertionError("nothing logged by " + logger.getName() + " within " + LineClient.TIMEOUT_MS + " ms");
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
  }
}
