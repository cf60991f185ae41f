package dev.relay.client;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Lines arriving from another thread, awaited in order with a timeout instead of sleeps. */
final class LineQueue {

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final String name;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  LineQueue(String name) {
    this.name = name;
  }

  void add(String line) {
    lines.add(line);
  }

  /** Skips lines until one equals {@code expected}. */
  String await(String expected) {
    return await(expected::equals, "\"" + expected + "\"");
  }

  /** Skips lines until one starts with {@code prefix}. */
  String awaitStartingWith(String prefix) {
    return await(line -> line.startsWith(prefix), "a line starting \"" + prefix + "\"");
  }

  /** Skips lines until one matches {@code regex} as a whole. */
  String awaitMatching(String regex) {
    return await(line -> line.matches(regex), "a line matching /" + regex + "/");
  }

  /** The next line, whatever it is. */
  String next() {
    return await(line -> true, "any line");
  }

  /** Every line seen so far, awaited or skipped. */
  List<String> seen() {
    lines.drainTo(seen);
    return List.copyOf(seen);
  }

  private String await(Predicate<String> wanted, String description) {
    long end = System.nanoTime() + TIMEOUT.toNanos();
    try {
      while (true) {
        String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line == null) {
          return fail("%s: no %s within %s; seen %s", name, description, TIMEOUT, seen);
        }
        seen.add(line);
        if (wanted.test(line)) {
          return line;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }
}
