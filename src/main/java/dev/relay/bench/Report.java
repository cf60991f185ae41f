package dev.relay.bench;

import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Prints a run's figures: with {@code --json} exactly one JSON object line; otherwise a readable summary
 * and, last, the same object on one line after {@code RESULT }, for scripts.
 */
final class Report {

  static final String RESULT_PREFIX = "RESULT ";

  private Report() {
  }

  static void print(PrintWriter out, boolean json, List<String> summary, JsonObject result) {
    if (!json) {
      summary.forEach(out::println);
      out.print(RESULT_PREFIX);
    }
    out.println(result.encode());
    out.flush();
  }

  /** A count with thousands separators, as people read them. */
  static String count(double value) {
    return String.format(Locale.ROOT, "%,d", Math.round(value));
  }

  /** A number with at most two decimals and no trailing zeros: 1, 0.5, 12.25. */
  static String decimal(double value) {
    return BigDecimal.valueOf(rounded(value, 2)).stripTrailingZeros().toPlainString();
  }

  static double rounded(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
