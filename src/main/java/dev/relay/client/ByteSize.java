package dev.relay.client;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File sizes as people read them: "182 KB", "10 MiB". Units step by 1024, as the server counts them. */
final class ByteSize {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,3})?) ?(bytes?|B|[KMGT]i?B|kB)",
      Pattern.CASE_INSENSITIVE);
  private static final String[] UNITS = {"KB", "MB", "GB", "TB"};
  private static final long KIB = 1024;

  private ByteSize() {
  }

  /**
   * The largest size that what the server wrote may stand for: it rounds ({@code 10 MB} is anything from 9.5 to 10.5
   * MiB), so a limit read here is never below the server's own. A K, M, G or T counts 1024-fold, KB as KiB.
   */
  static OptionalLong parse(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    int power = "KMGT".indexOf(Character.toUpperCase(m.group(2).charAt(0))) + 1;
    int dot = m.group(1).indexOf('.');
    double lastDigit = dot < 0 ? 1 : Math.pow(10, -(m.group(1).length() - dot - 1));
    double bytes = (Double.parseDouble(m.group(1)) + (power == 0 ? 0 : lastDigit / 2)) * Math.pow(KIB, power);
    return bytes > Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of((long) bytes);
  }

  /** As the server writes sizes: {@code 1 byte}, {@code 512 bytes}, {@code 182 KB}, {@code 1.4 MB}, {@code 12 MB}. */
  static String format(long bytes) {
    if (bytes < KIB) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    int unit = unit(bytes);
    double value = bytes / Math.pow(KIB, unit + 1.0);
    return unit == 0 || value >= 10 ? Math.round(value) + " " + UNITS[unit]
        : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /** {@code 4.0 of 10.0 MB}: both in the unit of {@code total}, with one decimal. */
  static String ofTotal(long done, long total) {
    int unit = total < KIB ? -1 : unit(total);
    double scale = Math.pow(KIB, unit + 1.0);
    String name = unit < 0 ? "B" : UNITS[unit];
    return String.format(Locale.ROOT, "%.1f of %.1f %s", done / scale, total / scale, name);
  }

  private static int unit(long bytes) {
    int unit = 0;
    while (unit < UNITS.length - 1 && bytes >= Math.pow(KIB, unit + 2.0)) {
      unit++;
    }
    return unit;
  }
}
