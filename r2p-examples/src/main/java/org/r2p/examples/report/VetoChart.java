package org.r2p.examples.report;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.r2p.core.PermanentSeat;

/** A stacked bar chart of veto casts per year by permanent seat, as SVG, with breaches marked. */
final class VetoChart {
  private VetoChart() {}

  private static final String[] COLOURS = {"#d62728", "#1f77b4", "#9467bd", "#2ca02c", "#ff7f0e"};

  static String svg(SortedMap<Integer, Map<PermanentSeat, Integer>> byYear, SortedSet<Integer> breachYears) {
    int first = byYear.isEmpty() ? 1946 : Math.min(1946, byYear.firstKey());
    int last = byYear.isEmpty() ? 2025 : byYear.lastKey();
    int max = 1;
    for (Map<PermanentSeat, Integer> m : byYear.values()) {
      max = Math.max(max, m.values().stream().mapToInt(Integer::intValue).sum());
    }
    int years = last - first + 1;
    int left = 50;
    int top = 40;
    int bar = 10;
    int height = 300;
    int width = left + years * bar + 180;
    double scale = (double) height / max;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(top + height + 60).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    s.append("<title>Veto casts per year by permanent seat</title>\n");
    s.append("<text x=\"").append(left).append("\" y=\"20\" font-size=\"14\">Veto casts per year by permanent seat, ")
        .append(first).append("–").append(last).append("</text>\n");
    for (int t = 0; t <= max; t += Math.max(1, max / 5)) {
      int y = (int) Math.round(top + height - t * scale);
      s.append("<line x1=\"").append(left).append("\" x2=\"").append(left + years * bar).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"").append(left - 6).append("\" y=\"")
          .append(y + 4).append("\" text-anchor=\"end\">").append(t).append("</text>\n");
    }
    for (int year = first; year <= last; year++) {
      int x = left + (year - first) * bar;
      double y = top + height;
      Map<PermanentSeat, Integer> m = byYear.getOrDefault(year, Map.of());
      for (PermanentSeat seat : PermanentSeat.values()) {
        int n = m.getOrDefault(seat, 0);
        if (n == 0) {
          continue;
        }
        double h = n * scale;
        y -= h;
        s.append("<rect x=\"").append(x).append("\" y=\"").append(String.format(java.util.Locale.ROOT, "%.1f", y))
            .append("\" width=\"").append(bar - 1).append("\" height=\"").append(String.format(java.util.Locale.ROOT, "%.1f", h))
            .append("\" fill=\"").append(COLOURS[seat.ordinal()]).append("\"><title>").append(year).append(' ')
            .append(HistoryReport.seatName(seat)).append(": ").append(n).append("</title></rect>\n");
      }
      if (breachYears.contains(year)) {
        s.append("<text x=\"").append(x).append("\" y=\"").append(String.format(java.util.Locale.ROOT, "%.1f", y - 3))
            .append("\" fill=\"black\">▼</text>\n");
      }
      if (year % 10 == 0) {
        s.append("<text x=\"").append(x).append("\" y=\"").append(top + height + 15).append("\">").append(year).append("</text>\n");
      }
    }
    int lx = left + years * bar + 20;
    for (PermanentSeat seat : PermanentSeat.values()) {
      int ly = top + 10 + seat.ordinal() * 18;
      s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(COLOURS[seat.ordinal()]).append("\"/><text x=\"").append(lx + 15).append("\" y=\"").append(ly)
          .append("\">").append(HistoryReport.seatName(seat)).append("</text>\n");
    }
    s.append("<text x=\"").append(lx).append("\" y=\"").append(top + 110).append("\">▼ breach of a commitment</text>\n");
    s.append("<text x=\"").append(lx).append("\" y=\"").append(top + 126).append("\">")
        .append(breachYears.isEmpty() ? "(none found)" : breachYears.size() + " year(s)").append("</text>\n");
    s.append("</svg>\n");
    return s.toString();
  }
}
