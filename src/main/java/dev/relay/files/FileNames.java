package dev.relay.files;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names from the uploader, made safe to keep, show and send back: no path, no control or format (bidi)
 * characters, at most {@value #MAX_BYTES} bytes of UTF-8; and their spelling in headers (RFC 6266) and URLs.
 * Plain Java, no state.
 */
public final class FileNames {

  public static final int MAX_BYTES = 200;

  private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]+)");
  private static final Pattern QUOTED = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^;\\s\"]+)");

  private FileNames() {
  }

  /** The safe form of {@code name}; empty when nothing is left of it. */
  public static Optional<String> safe(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    last.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
    String trimmed = truncate(kept.toString().strip());
    if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..")) {
      return Optional.empty();
    }
    return Optional.of(trimmed);
  }

  /** The name a {@code Content-Disposition} header gives, {@code filename*} first; not yet made safe. */
  public static Optional<String> fromContentDisposition(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher extended = EXTENDED.matcher(header);
    if (extended.find()) {
      return Optional.of(percentDecode(extended.group(1)));
    }
    Matcher quoted = QUOTED.matcher(header);
    if (quoted.find()) {
      return Optional.of(quoted.group(1).replaceAll("\\\\(.)", "$1"));
    }
    Matcher token = TOKEN.matcher(header);
    return token.find() ? Optional.of(token.group(1)) : Optional.empty();
  }

  /** {@code inline} or {@code attachment} with the name as RFC 6266 {@code filename*} and an ASCII fallback. */
  public static String contentDisposition(boolean inline, String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\%]", "_");
    return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + percentEncode(name);
  }

  /**
   * The name as one URL path segment or an RFC 5987 value: every byte of its UTF-8 but the unreserved characters
   * (RFC 3986) percent-encoded.
   */
  public static String percentEncode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static String percentDecode(String value) {
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  private static boolean allowed(int c) {
    return !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
        && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED
        && c != '"' && c != ':' && c != '*' && c != '?' && c != '<' && c != '>' && c != '|';
  }

  /** At most {@value #MAX_BYTES} bytes of UTF-8, cut between code points. */
  private static String truncate(String name) {
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int c = name.codePointAt(end);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (bytes > MAX_BYTES) {
        break;
      }
      end += Character.charCount(c);
    }
    return name.substring(0, end).strip();
  }
}
