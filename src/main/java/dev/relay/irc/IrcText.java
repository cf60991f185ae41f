package dev.relay.irc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat text between IRC and Relay's other dialects. What an IRC client sends loses its formatting codes (bold,
 * colour and the like, which the other dialects cannot show and which are control characters there); a CTCP
 * ACTION is an action, other CTCP requests have no meaning in Relay. What the other dialects send may be longer
 * than an IRC line holds, so it is split into several.
 */
final class IrcText {

  static final char CTCP = '\u0001';
  private static final String ACTION = "ACTION ";

  private IrcText() {
  }

  /** What an IRC client's message text is once its formatting is gone. */
  sealed interface Parsed {
  }

  record Text(String text) implements Parsed {
  }

  record Action(String action) implements Parsed {
  }

  /** A CTCP request other than ACTION, or text that was only formatting. */
  record Nothing() implements Parsed {
  }

  static Parsed parse(String text) {
    if (!text.isEmpty() && text.charAt(0) == CTCP) {
      int end = text.indexOf(CTCP, 1);
      String body = text.substring(1, end < 0 ? text.length() : end);
      if (body.startsWith(ACTION)) {
        String action = plain(body.substring(ACTION.length())).strip();
        return action.isEmpty() ? new Nothing() : new Action(action);
      }
      return new Nothing();
    }
    String plain = plain(text);
    return plain.isBlank() ? new Nothing() : new Text(plain);
  }

  /**
   * The text without mIRC formatting: a colour code (0x03) with its up to two digits of foreground and optional
   * comma and two digits of background, a hex colour (0x04) with its six hex digits, and every other control
   * character (bold 0x02, reset 0x0F, reverse 0x16, italics 0x1D, ...). Tabs become spaces.
   */
  static String plain(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\u0003') {
        i = skipColour(text, i, 2, false);
      } else if (c == '\u0004') {
        i = skipColour(text, i, 6, true);
      } else if (c == '\t') {
        plain.append(' ');
      } else if (!Character.isISOControl(c)) {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  private static int skipColour(String text, int i, int digits, boolean hex) {
    int end = skipDigits(text, i, digits, hex);
    if (end > i && end + 1 < text.length() && text.charAt(end) == ',' && isDigit(text.charAt(end + 1), hex)) {
      end = skipDigits(text, end + 1, digits, hex);
    }
    return end;
  }

  private static int skipDigits(String text, int i, int max, boolean hex) {
    int end = i;
    while (end < text.length() && end - i < max && isDigit(text.charAt(end), hex)) {
      end++;
    }
    return end;
  }

  private static boolean isDigit(char c, boolean hex) {
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
  }

  /**
   * {@code text} in pieces of at most {@code maxBytes} UTF-8 bytes each, cut at a space when there is one in the
   * second half of a piece, else between two characters.
   */
  static List<String> pieces(String text, int maxBytes) {
    List<String> pieces = new ArrayList<>(1);
    if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      pieces.add(text);
      return pieces;
    }
    int start = 0;
    while (start < text.length()) {
      int end = start;
      int bytes = 0;
      int lastSpace = -1;
      while (end < text.length()) {
        int cp = text.codePointAt(end);
        int size = utf8Length(cp);
        if (bytes + size > maxBytes) {
          break;
        }
        if (cp == ' ') {
          lastSpace = end;
        }
        bytes += size;
        end += Character.charCount(cp);
      }
      if (end < text.length() && lastSpace > start + (end - start) / 2) {
        end = lastSpace + 1;
      }
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
