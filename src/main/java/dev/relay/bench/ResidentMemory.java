package dev.relay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A local process's resident memory, as Linux reports it in {@code /proc/PID/status} (VmRSS). */
final class ResidentMemory {

  private static final String FIELD = "VmRSS:";

  private ResidentMemory() {
  }

  /** The process's resident memory in KiB; empty when it cannot be read (no such process, not Linux). */
  static OptionalLong kibibytes(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** The VmRSS figure of a {@code /proc/PID/status} text, in KiB. */
  static OptionalLong parse(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith(FIELD)) {
        String[] words = line.substring(FIELD.length()).trim().split("\\s+");
        try {
          return OptionalLong.of(Long.parseLong(words[0]));
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }
}
