package dev.relay.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of files sent and received. A name that came over the network is made safe before it names a file here: no
 * path, no control or formatting characters, no leading dot (no hidden file, no {@code ..}), bounded in length.
 */
final class FileNames {

  static final String FALLBACK = "download";
  static final int MAX_CHARS = 200;
  private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)");
  private static final Pattern PLAIN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");
  private static final String UNRESERVED = "-._~";

  private FileNames() {
  }

  /** {@code name} made safe to name a file in a directory of the user's; never empty. */
  static String sanitize(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder();
    base.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
        && Character.getType(c) != Character.LINE_SEPARATOR && Character.getType(c) != Character.PARAGRAPH_SEPARATOR)
        .forEach(safe::appendCodePoint);
    String trimmed = safe.toString().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    if (trimmed.length() > MAX_CHARS) {
      int dot = trimmed.lastIndexOf('.');
      String extension = dot > 0 && trimmed.length() - dot <= 16 ? trimmed.substring(dot) : "";
      trimmed = trimmed.substring(0, MAX_CHARS - extension.length()) + extension;
    }
    return trimmed.isEmpty() ? FALLBACK : trimmed;
  }

  /** The name a download is saved under: Content-Disposition's, else the URL's last segment; made safe. */
  static String forDownload(String contentDisposition, String url) {
    return sanitize(Optional.ofNullable(contentDisposition).flatMap(FileNames::fromDisposition)
        .orElseGet(() -> fromUrl(url)));
  }

  /** {@code name} with {@code (n)} before its extension: {@code cat (2).png}; n 0 is the name itself. */
  static String numbered(String name, int n) {
    if (n == 0) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
  }

  /** One URL path segment naming {@code name}: UTF-8, percent-encoded but for the unreserved characters. */
  static String encodeSegment(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  static Optional<String> fromDisposition(String header) {
    Matcher extended = EXTENDED.matcher(header);
    if (extended.find()) {
      return Optional.of(decode(extended.group(2)));
    }
    Matcher plain = PLAIN.matcher(header);
    if (!plain.find()) {
      return Optional.empty();
    }
    return Optional.of(plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2));
  }

  static String fromUrl(String url) {
    String path = url.replaceFirst("^[A-Za-z]+://[^/?#]*", "").replaceFirst("[?#].*$", "");
    return decode(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Percent-decoding as UTF-8; a bad escape is kept as it is. */
  private static String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      int hex = text.charAt(i) == '%' ? hexAt(text, i + 1) : -1;
      if (hex >= 0) {
        bytes.write(hex);
        i += 3;
      } else {
        int c = text.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hexAt(String text, int at) {
    if (at + 2 > text.length()) {
      return -1;
    }
    int high = Character.digit(text.charAt(at), 16);
    int low = Character.digit(text.charAt(at + 1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }
}
