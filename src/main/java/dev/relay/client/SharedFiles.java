package dev.relay.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files recently shared where the user was, id to URL, so that {@code /get ID} finds them. Bounded: the oldest
 * seen is forgotten first. Plain state, confined to the client loop.
 */
final class SharedFiles {

  static final int KEPT = 200;

  private final int max;
  private final Map<String, String> urls = new LinkedHashMap<>();

  SharedFiles(int max) {
    this.max = max;
  }

  /** Takes note of the file if {@code line} shares one. */
  void onLine(String line) {
    FileLines.shared(line).ifPresent(shared -> {
      urls.remove(shared.id());
      urls.put(shared.id(), shared.url());
      if (urls.size() > max) {
        urls.remove(urls.keySet().iterator().next());
      }
    });
  }

  Optional<String> url(String id) {
    return Optional.ofNullable(urls.get(id));
  }
}
