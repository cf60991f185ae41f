package dev.relay.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Paths the user typed: {@code ~} is the home directory, as in a shell. */
final class LocalPaths {

  private LocalPaths() {
  }

  static Path of(String typed) {
    if (typed.equals("~") || typed.startsWith("~/")) {
      return Path.of(System.getProperty("user.home")).resolve(typed.substring(1).replaceFirst("^/", ""));
    }
    return Path.of(typed);
  }

  /** Why {@code path} cannot be sent, if it cannot: it must be a regular file we may read. */
  static Optional<String> unreadable(Path path) {
    if (!Files.exists(path)) {
      return Optional.of("no such file");
    }
    if (Files.isDirectory(path)) {
      return Optional.of("a directory");
    }
    if (!Files.isRegularFile(path)) {
      return Optional.of("not a regular file");
    }
    return Files.isReadable(path) ? Optional.empty() : Optional.of("not readable");
  }
}
