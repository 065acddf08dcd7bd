package dev.proarch.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The performance table as Markdown: one row per figure, with its floor, the ratio and the target. */
public final class Table {
  private final List<String> rows = new ArrayList<>();

  /**
   * A row whose target is a ratio: met when {@code figure / floor <= maxRatio} (or {@code < maxRatio} when
   * strict).
   */
  public Table ratio(String path, String figure, double figureValue, String floor, double floorValue,
      double maxRatio, boolean strict) {
    double ratio = figureValue / floorValue;
    boolean met = strict ? ratio < maxRatio : ratio <= maxRatio;
    String target = (strict ? "< " : "≤ ") + fmt(maxRatio) + "x";
    rows.add(row(path, figure, floor, fmt(ratio) + "x", target, met ? "yes" : "**no**"));
    return this;
  }

  /** A row that reports a figure without a floor, or a floor measured elsewhere. */
  public Table info(String path, String figure, String floor, String ratio, String target, String met) {
    rows.add(row(path, figure, floor, ratio, target, met));
    return this;
  }

  public String markdown() {
    StringBuilder text = new StringBuilder();
    text.append("| Hot path | Figure | Floor (same run) | Ratio | Target | Met? |\n");
    text.append("|---|---|---|---|---|---|\n");
    rows.forEach(row -> text.append(row).append('\n'));
    return text.toString();
  }

  public static String fmt(double value) {
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }
}
