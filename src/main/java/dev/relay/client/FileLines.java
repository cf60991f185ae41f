package dev.relay.client;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's lines about files (docs/PROTOCOL.md 13) that {@code /send} and {@code /get} act on. */
final class FileLines {

  /** {@code * upload token TOKEN for URL (valid N s, files up to SIZE)}. */
  private static final Pattern GRANT = Pattern.compile(
      "\\* upload token (\\S+) for (https?://\\S+) \\(valid (\\d{1,9}) s, files up to ([^)]{1,20})\\)");
  /** The hint after the token line: {@code * e.g. curl -H ... ; then /share ID}. */
  private static final String EXAMPLE = "* e.g. curl ";
  /**
   * {@code * alice shared cat.png (image/png, 182 KB) http://HOST:8000/f/ID/cat.png}, live ({@code [#812] }) or read
   * back ({@code [10:02:03 #810] }).
   */
  private static final Pattern SHARED = Pattern.compile(
      "(?:\\[[^\\]]{1,40}] )?\\* \\S+ shared .+ \\([^(),]+, [^()]+\\) (https?://\\S+/f/([A-Za-z0-9_-]{1,64})/\\S*)");

  /**
   * What {@code /upload} granted: {@code limit} is the largest size as the server wrote it, {@code maxBytes} the most
   * that may stand for ({@link ByteSize#parse}), empty when it could not be read.
   */
  record Grant(String token, String url, Duration valid, String limit, OptionalLong maxBytes) {
  }

  /** A file shared in a room: its id and where to get it. */
  record Shared(String id, String url) {
  }

  private FileLines() {
  }

  static Optional<Grant> grant(String line) {
    Matcher m = GRANT.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Grant(m.group(1), m.group(2), Duration.ofSeconds(Long.parseLong(m.group(3))),
        m.group(4), ByteSize.parse(m.group(4))));
  }

  static boolean isExample(String line) {
    return line.startsWith(EXAMPLE);
  }

  static Optional<Shared> shared(String line) {
    Matcher m = SHARED.matcher(line);
    return m.matches() ? Optional.of(new Shared(m.group(2), m.group(1))) : Optional.empty();
  }
}
