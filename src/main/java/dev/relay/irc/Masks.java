package dev.relay.irc;

import java.util.Locale;

/** IRC's wildcard masks ({@code *} any run, {@code ?} one character), compared without regard to ASCII case. */
final class Masks {

  private Masks() {
  }

  static boolean isMask(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  static boolean matches(String mask, String name) {
    return matches(mask.toLowerCase(Locale.ROOT), 0, name.toLowerCase(Locale.ROOT), 0);
  }

  private static boolean matches(String mask, int m, String name, int n) {
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (m < mask.length() && (mask.charAt(m) == '?' || mask.charAt(m) == name.charAt(n))) {
        m++;
        n++;
      } else if (m < mask.length() && mask.charAt(m) == '*') {
        star = m++;
        resume = n;
      } else if (star >= 0) {
        m = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (m < mask.length() && mask.charAt(m) == '*') {
      m++;
    }
    return m == mask.length();
  }
}
