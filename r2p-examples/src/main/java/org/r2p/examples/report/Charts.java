package org.r2p.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.KeyedValues2DItemKey;
import org.jfree.svg.SVGGraphics2D;
import org.r2p.core.PermanentSeat;

/**
 * The report's charts, drawn by JFreeChart into SVG by JFreeSVG: the same figures as the
 * tables, as inline SVG that needs no script, font or network to show. Each data mark (a bar,
 * a bar segment) is an SVG group {@code <g data-ref="…">} naming its series and category, so
 * that a reader (or a test) can find the marks. The output depends only on the figures and
 * the fonts' metrics: the same figures give the same bytes.
 */
final class Charts {
  private Charts() {}

  /** Chart width in pixels (the viewBox: the chart scales to the page). */
  static final int WIDTH = 960;

  /**
   * The seats' colours, far apart in lightness (about L* 13, 38, 58, 73, 93) so that they stay
   * apart in grey, each segment outlined.
   */
  static Color seatColour(PermanentSeat s) {
    switch (s) {
      case CHINA:
        return new Color(0xb2182b);
      case FRANCE:
        return new Color(0xf4a261);
      case RUSSIA:
        return new Color(0x0b2a59);
      case UNITED_KINGDOM:
        return new Color(0x2a9d8f);
      default:
        return new Color(0xf7eeb0);
    }
  }

  private static final Color INK = new Color(0x222222);
  private static final Color GRID = new Color(0xcccccc);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  /**
   * Veto casts per year by permanent seat, stacked; every year from the first to the last, the
   * years of a decade labelled; a year with a BREACH finding is marked ▼ above its bar.
   *
   * @param byYear casts by year and seat
   * @param breachYears the years with a BREACH finding
   * @return the SVG element
   */
  static Drawn castsPerYear(SortedMap<Integer, Map<PermanentSeat, Integer>> byYear, SortedSet<Integer> breachYears) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int first = byYear.isEmpty() ? 1946 : byYear.firstKey();
    int last = byYear.isEmpty() ? 1946 : byYear.lastKey();
    for (PermanentSeat s : PermanentSeat.values()) {
      for (int y = first; y <= last; y++) {
        Integer n = byYear.getOrDefault(y, Map.of()).get(s);
        data.addValue(n == null || n == 0 ? null : n, HistoryReport.seatName(s), Integer.valueOf(y));
      }
    }
    StackedBarRenderer renderer = new MarkedStackedBarRenderer();
    CategoryAxis years = new DecadeAxis("Year");
    years.setCategoryMargin(0.15);
    CategoryPlot plot = plot(data, years, new NumberAxis("Veto casts"), renderer, PlotOrientation.VERTICAL);
    for (PermanentSeat s : PermanentSeat.values()) {
      renderer.setSeriesPaint(s.ordinal(), seatColour(s));
    }
    for (int year : breachYears) {
      int total = byYear.getOrDefault(year, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
      CategoryTextAnnotation a = new CategoryTextAnnotation("▼", Integer.valueOf(year), total + 0.5);
      a.setFont(TEXT);
      a.setPaint(INK);
      plot.addAnnotation(a);
    }
    return new Drawn("chart-years", chart("chart-years", plot, true), WIDTH, 380);
  }

  /**
   * Vetoed proposals by situation, one horizontal bar per situation.
   *
   * @param proposals proposals by situation label, in the order to draw
   * @return the SVG element
   */
  static Drawn proposalsBySituation(Map<String, Integer> proposals) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    proposals.forEach((situation, n) -> data.addValue(n, "Vetoed proposals", situation));
    BarRenderer renderer = new BarRenderer();
    renderer.setSeriesPaint(0, seatColour(PermanentSeat.RUSSIA));
    CategoryAxis axis = new CategoryAxis(null);
    axis.setCategoryMargin(0.2);
    axis.setLowerMargin(0.01);
    axis.setUpperMargin(0.01);
    CategoryPlot plot = plot(data, axis, new NumberAxis("Vetoed proposals"), renderer, PlotOrientation.HORIZONTAL);
    return new Drawn("chart-situations", chart("chart-situations", plot, false), WIDTH, 70 + 18 * Math.max(1, proposals.size()));
  }

  /**
   * Outcomes changed per what-if scenario (a scenario that changes none has no bar).
   *
   * @param changed changed outcomes by scenario name, in the order to draw
   * @return the SVG element
   */
  static Drawn whatIfChanges(Map<String, Integer> changed) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    changed.forEach((scenario, n) -> data.addValue(n == 0 ? null : n, "Outcomes changed", scenario));
    BarRenderer renderer = new BarRenderer();
    renderer.setSeriesPaint(0, seatColour(PermanentSeat.UNITED_KINGDOM));
    CategoryAxis axis = new CategoryAxis(null);
    axis.setCategoryMargin(0.3);
    CategoryPlot plot = plot(data, axis, new NumberAxis("Vetoed proposals with another outcome"), renderer,
        PlotOrientation.HORIZONTAL);
    return new Drawn("chart-whatif", chart("chart-whatif", plot, false), WIDTH, 70 + 40 * Math.max(1, changed.size()));
  }

  /** One veto on the GA res 76/262 timeline. */
  record Span(String label, LocalDate veto, LocalDate deadline, java.util.Optional<LocalDate> meeting) {
    boolean late() {
      return meeting.map(m -> m.isAfter(deadline)).orElse(false);
    }
  }

  /** The series of the timeline, in their order (their names are the legend's). */
  static final List<String> TIMELINE_SERIES = List.of("Veto to the deadline (10 working days)",
      "Veto to the Assembly's meeting, on time", "Veto to the Assembly's meeting, late");

  /**
   * The GA res 76/262 timeline, in calendar days after each veto: a wide bar to the deadline,
   * and over it a narrow bar to the Assembly's meeting (its own series when late), where the
   * meeting's date is known.
   *
   * @param spans the vetoes, in the order to draw
   * @return the chart
   */
  static Drawn gaTimeline(List<Span> spans) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Span s : spans) {
      Long met = s.meeting().map(m -> ChronoUnit.DAYS.between(s.veto(), m)).orElse(null);
      data.addValue(ChronoUnit.DAYS.between(s.veto(), s.deadline()), TIMELINE_SERIES.get(0), s.label());
      data.addValue(s.late() ? null : met, TIMELINE_SERIES.get(1), s.label());
      data.addValue(s.late() ? met : null, TIMELINE_SERIES.get(2), s.label());
    }
    LayeredBarRenderer renderer = new ClosedLayeredBarRenderer();
    renderer.setSeriesBarWidth(0, 0.9);
    renderer.setSeriesBarWidth(1, 0.3);
    renderer.setSeriesBarWidth(2, 0.3);
    CategoryAxis axis = new CategoryAxis(null);
    axis.setCategoryMargin(0.15);
    CategoryPlot plot = plot(data, axis, new NumberAxis("Calendar days after the veto"), renderer, PlotOrientation.HORIZONTAL);
    renderer.setSeriesPaint(0, new Color(0xdddddd));
    renderer.setSeriesPaint(1, seatColour(PermanentSeat.UNITED_KINGDOM));
    renderer.setSeriesPaint(2, seatColour(PermanentSeat.CHINA));
    return new Drawn("chart-ga", chart("chart-ga", plot, true), WIDTH, 100 + 24 * Math.max(1, spans.size()));
  }

  private static CategoryPlot plot(CategoryDataset data, CategoryAxis domain, ValueAxis range, BarRenderer renderer,
      PlotOrientation orientation) {
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(INK);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    renderer.setMaximumBarWidth(0.9);
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(orientation);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    style(plot);
    return plot;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(false);
    for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
      axis.setTickLabelFont(TEXT);
      axis.setLabelFont(TEXT);
      axis.setTickLabelPaint(INK);
      axis.setLabelPaint(INK);
      axis.setAxisLinePaint(INK);
    }
  }

  private static JFreeChart chart(String id, CategoryPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, TEXT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setElementHinting(true);
    chart.setID(id + "-plot");
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (legend) {
      LegendTitle l = chart.getLegend();
      l.setItemFont(TEXT);
      l.setItemPaint(INK);
      l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      l.setPosition(RectangleEdge.TOP);
    }
    return chart;
  }

  /**
   * A chart laid out at its size, to be written as SVG.
   *
   * @param id the id of the SVG element (and the prefix of its definitions' ids)
   * @param chart the chart
   * @param width the width in pixels
   * @param height the height in pixels
   */
  record Drawn(String id, JFreeChart chart, int width, int height) {
    /**
     * @return the chart as an {@code svg} element to place in an HTML page: it scales to the page,
     *     its marks are groups with a {@code data-ref} attribute, and it is labelled by the element
     *     with the id {@code <id>-caption}
     */
    String inline() {
      String svg = draw(false);
      String root = "<svg id='" + id + "'";
      if (!svg.startsWith(root)) {
        throw new IllegalStateException("unexpected SVG from JFreeSVG: " + svg.substring(0, Math.min(80, svg.length())));
      }
      // in HTML, unknown namespaces are not allowed: the library's item references become data- attributes
      return root + " role='img' aria-labelledby='" + id + "-caption'" + svg.substring(root.length())
          .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "").replace(" jfreesvg:ref=", " data-ref=");
    }

    /** @return the chart as an SVG document of its own, with its size */
    String standalone() {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + draw(true) + "\n";
    }

    /** Coordinates to two decimals, whatever the default locale: shorter, and the same on every machine's JVM. */
    private static String twoDecimals(double d) {
      String s = String.format(Locale.ROOT, "%.2f", d);
      s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
      return s.equals("-0") ? "0" : s;
    }

    private String draw(boolean withSize) {
      SVGGraphics2D g = new SVGGraphics2D(width, height);
      g.setDefsKeyPrefix(id + "-");
      g.setGeomDoubleConverter(Drawn::twoDecimals);
      chart.draw(g, new Rectangle(0, 0, width, height));
      return g.getSVGElement(id, withSize, new org.jfree.svg.ViewBox(0, 0, width, height), null, null);
    }
  }

  /** A stacked bar renderer that marks each drawn segment as an element (the library marks plain bars only). */
  private static final class MarkedStackedBarRenderer extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;

    MarkedStackedBarRenderer() {
      setBarPainter(new StandardBarPainter());
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
        CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      boolean mark = isBarPass(pass) && dataset.getValue(row, column) != null;
      if (mark) {
        beginElementGroup(g2, new KeyedValues2DItemKey<>(dataset.getRowKey(row), dataset.getColumnKey(column)));
      }
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      if (mark) {
        endElementGroup(g2);
      }
    }

    private static boolean isBarPass(int pass) {
      return pass == 1;
    }
  }

  /**
   * A layered bar renderer whose horizontal bars close the element group they open: JFreeChart
   * 1.5.6's drawHorizontalItem begins a group for each bar drawn (a value within the axis' range,
   * always so here: the axis ranges over every value) and never ends it, which would nest every
   * later mark in the first one and leave the SVG unbalanced.
   */
  private static final class ClosedLayeredBarRenderer extends LayeredBarRenderer {
    private static final long serialVersionUID = 1L;

    ClosedLayeredBarRenderer() {
      setBarPainter(new StandardBarPainter());
    }

    @Override
    protected void drawHorizontalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column) {
      super.drawHorizontalItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column);
      if (dataset.getValue(row, column) != null) {
        endElementGroup(g2);
      }
    }
  }

  /** A year axis that writes the label of the first year of each decade only. */
  private static final class DecadeAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;

    DecadeAxis(String label) {
      super(label);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
      int year = (Integer) category;
      return year % 10 == 0 ? org.jfree.chart.text.TextUtils.createTextBlock(Integer.toString(year),
          getTickLabelFont(category), getTickLabelPaint(category)) : new TextBlock();
    }
  }
}
