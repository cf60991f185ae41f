package dev.relay.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's type from its first bytes, never from what the uploader declared (docs/PROTOCOL.md 13): PNG, JPEG, GIF,
 * WebP and PDF by their signatures, plain text when the bytes are UTF-8 without control characters other than tab,
 * CR and LF, anything else {@value #OCTET_STREAM}. SVG and HTML are text here: served as attachments, never as
 * markup. Plain Java, no state.
 */
public final class TypeSniffer {

  /** How many first bytes {@link #sniff} looks at. */
  public static final int HEAD_BYTES = 8192;
  public static final String OCTET_STREAM = "application/octet-stream";
  public static final String TEXT = "text/plain";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] GIF87 = ascii("GIF87a");
  private static final byte[] GIF89 = ascii("GIF89a");
  private static final byte[] RIFF = ascii("RIFF");
  private static final byte[] WEBP = ascii("WEBP");
  private static final byte[] PDF = ascii("%PDF-");

  private TypeSniffer() {
  }

  /**
   * The type of a file that starts with {@code head} (its first {@link #HEAD_BYTES} or fewer); {@code whole}: head
   * is all of the file, so a UTF-8 sequence cut at its end is not text.
   */
  public static String sniff(byte[] head, boolean whole) {
    if (startsWith(head, 0, PNG)) {
      return "image/png";
    }
    if (startsWith(head, 0, JPEG)) {
      return "image/jpeg";
    }
    if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
      return "image/gif";
    }
    if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
      return "image/webp";
    }
    if (startsWith(head, 0, PDF)) {
      return "application/pdf";
    }
    return isText(head, whole) ? TEXT : OCTET_STREAM;
  }

  private static boolean isText(byte[] head, boolean whole) {
    for (byte b : head) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7f) {
        return false;
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(head.length), whole);
    if (result.isError()) {
      return false;
    }
    // An underflow with bytes left is a sequence cut by the end of the head: text if the file goes on.
    return !whole || !in.hasRemaining();
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    return bytes.length >= at + prefix.length
        && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
