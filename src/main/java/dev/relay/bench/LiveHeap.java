package dev.relay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A local JVM's live heap: the bytes its class histogram counts, which {@code jcmd PID GC.class_histogram} takes
 * after a full collection. Run from the bench's own JDK, so it needs a JDK (not just a JRE) and a server run by the
 * same user.
 */
final class LiveHeap {

  private static final long JCMD_SECONDS = 60;

  private LiveHeap() {
  }

  /** The process's live heap in bytes after a full GC; empty when jcmd is missing, fails or is not answered. */
  static OptionalLong bytes(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
          .redirectErrorStream(true)
          .start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(JCMD_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return OptionalLong.empty();
      }
      return process.exitValue() == 0 ? parse(new String(output, StandardCharsets.UTF_8)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }

  /** The bytes of the {@code Total} line that ends a class histogram. */
  static OptionalLong parse(String histogram) {
    for (String line : histogram.split("\n")) {
      String[] words = line.trim().split("\\s+");
      if (words.length == 3 && words[0].equals("Total")) {
        try {
          return OptionalLong.of(Long.parseLong(words[2]));
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }
}
