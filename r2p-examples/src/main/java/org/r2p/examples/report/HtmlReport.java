package org.r2p.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.r2p.core.Adherence;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.NonAdherence;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Situation;
import org.r2p.core.VoteRecord;
import org.r2p.json.GaVetoDebate;
import org.r2p.rules.Finding;
import org.r2p.rules.Verdict;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;

/**
 * The history report as one self-contained web page ({@code report.html}): the headline figures
 * with their dates, four charts (each with the table it draws), and the tables of the report,
 * each sortable by any column and filterable by year, seat, situation, instrument or verdict as
 * its rows allow, every finding's explanation and sources one click away. Everything is inline
 * (styles, a small script, the charts as SVG): the page needs no network, and reads without
 * the script (the tables are plain tables, the explanations {@code details} elements).
 *
 * <p>It renders the figures of a {@link HistoryReport}, the same as {@link HistoryReport#markdown()}
 * and the CSV tables, and computes none of its own. The same report gives the same bytes.
 */
public final class HtmlReport {
  private final HistoryReport report;
  /** The sources cited by the rows of the page being written, numbered in the order of first citation. */
  private final Map<String, Integer> sources = new LinkedHashMap<>();
  /** The provisions quoted by the explanations of the page being written ("citation: words"), numbered likewise. */
  private final Map<String, Integer> provisions = new LinkedHashMap<>();

  private HtmlReport(HistoryReport report) {
    this.report = report;
  }

  /**
   * The page of a report.
   *
   * @param report the report
   * @return its page
   */
  public static HtmlReport of(HistoryReport report) {
    return new HtmlReport(report);
  }

  /** The filters a table may offer, each a {@code data-} attribute of its rows. */
  enum Filter {
    YEAR("Year", "y"), SEAT("Seat", "s"), SITUATION("Situation", "t"), INSTRUMENT("Instrument", "i"),
    VERDICT("Verdict", "v"), SCENARIO("Scenario", "w");

    final String label;
    /** The row attribute's name after "data-": one letter, as it is written on every row. */
    private final String key;

    Filter(String label, String key) {
      this.label = label;
      this.key = key;
    }

    String key() {
      return key;
    }
  }

  /** A cell: its HTML, and the key it sorts by (its text when null). */
  record Cell(String html, String sortKey) {
    static Cell text(Object text) {
      return new Cell(esc(String.valueOf(text)), null);
    }

    static Cell number(long n) {
      return new Cell(Long.toString(n), String.format(Locale.ROOT, "%012d", n));
    }
  }

  /** A row: what its filters match, and its cells. */
  record Row(Map<Filter, String> filters, List<Cell> cells) {}

  /**
   * A table of the page.
   *
   * @param id the table's id
   * @param title the section's heading
   * @param intro what the table shows and where its rows come from (HTML)
   * @param columns the column headings
   * @param filters the filters it offers, with their values in the order to offer them
   * @param rows the rows
   */
  record Table(String id, String title, String intro, List<String> columns, Map<Filter, List<String>> filters,
      List<Row> rows) {}

  /**
   * The page.
   *
   * @return the HTML document
   */
  public synchronized String html() {
    sources.clear();
    provisions.clear();
    HistoryReport.Headline h = report.headline();
    StringBuilder b = new StringBuilder(1 << 20);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>r2p: the veto in the Security Council, 1946–").append(h.last().getYear()).append("</title>\n")
        .append("<style>\n").append(resource("report.css")).append(verdictStyles()).append("</style>\n</head>\n<body>\n");
    List<Table> tables = tables();
    header(b, h, tables);
    b.append("<main>\n");
    headline(b, h);
    charts(b);
    for (Table t : tables) {
      table(b, t);
    }
    b.append("<section id=\"caveats\" aria-labelledby=\"caveats-h\">\n<h2 id=\"caveats-h\">Caveats</h2>\n<ul>\n");
    report.caveats().forEach(c -> b.append("<li>").append(esc(c)).append("</li>\n"));
    b.append("</ul>\n</section>\n");
    b.append("<section id=\"provisions\" aria-labelledby=\"provisions-h\">\n<h2 id=\"provisions-h\">")
        .append("The commitments' words</h2>\n<p>The provisions the explanations above cite, in the words they quote.</p>\n<ol>\n");
    provisions.forEach((text, n) -> b.append("<li id=\"prov-").append(n).append("\">").append(esc(text)).append("</li>\n"));
    b.append("</ol>\n</section>\n");
    b.append("<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n")
        .append("<p>The sources the rows above cite by number, as the data files give them.</p>\n<ol>\n");
    sources.forEach((text, n) -> b.append("<li id=\"src-").append(n).append("\">").append(esc(text)).append("</li>\n"));
    b.append("</ol>\n</section>\n</main>\n<footer><p>Written by r2p from ").append(h.proposals())
        .append(" vetoed proposals, ").append(h.first()).append(" to ").append(h.last())
        .append(". Every figure is also in report.md and the CSV tables beside this page.</p></footer>\n");
    b.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private void header(StringBuilder b, HistoryReport.Headline h, List<Table> tables) {
    b.append("<header>\n<h1>The veto in the Security Council, 1946–").append(h.last().getYear()).append("</h1>\n")
        .append("<p class=\"lede\">Every veto cast, the restraint commitments each one reached, and what the rules")
        .append(" say about it: ACT Code of Conduct, France–Mexico declaration, French and UK pledges, GA res 76/262.</p>\n")
        .append("<nav aria-label=\"Contents\"><ul>\n<li><a href=\"#figures\">Figures</a></li>\n")
        .append("<li><a href=\"#charts\">Charts</a></li>\n");
    for (Table t : tables) {
      b.append("<li><a href=\"#").append(t.id()).append("-s\">").append(esc(t.title())).append("</a></li>\n");
    }
    b.append("<li><a href=\"#caveats\">Caveats</a></li>\n<li><a href=\"#provisions\">The commitments' words</a></li>\n")
        .append("<li><a href=\"#sources\">Sources</a></li>\n</ul></nav>\n</header>\n");
  }

  private void headline(StringBuilder b, HistoryReport.Headline h) {
    List<HistoryReport.GaRow> ga = report.gaRows();
    long onTime = ga.stream().filter(g -> g.withinDeadline().orElse(false)).count();
    long late = ga.stream().filter(g -> !g.withinDeadline().orElse(true)).count();
    b.append("<section id=\"figures\" aria-labelledby=\"figures-h\">\n<h2 id=\"figures-h\">Figures</h2>\n<dl class=\"cards\">\n");
    card(b, h.proposals(), "vetoed proposals", h.first() + " to " + h.last() + "; per-member votes for "
        + h.withMemberVotes() + " of them");
    card(b, h.casts(), "veto casts", "by the five permanent seats (the USSR's for Russia)");
    card(b, report.engagedCasts().size(), "casts reached a commitment", "a verdict other than NOT APPLICABLE");
    card(b, ga.size(), "vetoes under GA res 76/262", onTime + " met on time, " + late + " late");
    for (HistoryRun run : runs()) {
      card(b, run.changed().size(), "outcomes changed: " + run.scenario(), "of " + run.comparisons().size()
          + " vetoed proposals");
    }
    b.append("</dl>\n<p>Every row below cites its source by number (<a href=\"#sources\">the list of sources</a>). ").append(esc(capitalised(
        report.rules().interpretation().describe()))).append(".</p>\n<ul class=\"dates\">\n")
        .append("<li>ACT Code: ").append(esc(report.data().supporterCoverage(Instrument.ACT_CODE_OF_CONDUCT)))
        .append(".</li>\n<li>France–Mexico declaration: ")
        .append(esc(report.data().supporterCoverage(Instrument.FRANCE_MEXICO_DECLARATION))).append(".</li>\n</ul>\n")
        .append("</section>\n");
  }

  private static void card(StringBuilder b, long n, String what, String note) {
    b.append("<div><dt>").append(esc(what)).append("</dt><dd><span class=\"n\">").append(n)
        .append("</span> <span class=\"note\">").append(esc(note)).append("</span></dd></div>\n");
  }

  private List<HistoryRun> runs() {
    return List.of(report.compliance(), report.restraint(), report.universal());
  }

  // ---------------------------------------------------------------- charts

  private void charts(StringBuilder b) {
    b.append("<section id=\"charts\" aria-labelledby=\"charts-h\">\n<h2 id=\"charts-h\">Charts</h2>\n");
    var byYear = report.castsByYear();
    List<List<String>> yearRows = new ArrayList<>();
    byYear.forEach((year, seats) -> {
      List<String> r = new ArrayList<>();
      r.add(Integer.toString(year));
      int total = 0;
      for (PermanentSeat s : PermanentSeat.values()) {
        int n = seats.getOrDefault(s, 0);
        total += n;
        r.add(Integer.toString(n));
      }
      r.add(Integer.toString(total));
      yearRows.add(r);
    });
    List<String> yearHeads = new ArrayList<>(List.of("Year"));
    for (PermanentSeat s : PermanentSeat.values()) {
      yearHeads.add(HistoryReport.seatName(s));
    }
    yearHeads.add("Total");
    figure(b, Charts.castsPerYear(byYear, report.breachYears()), "Veto casts per year by permanent seat"
        + (report.breachYears().isEmpty() ? "" : " (▼: a year with a BREACH finding)"),
        "Source: the veto list, one cast per vetoing member and proposal.", yearHeads, yearRows);

    Map<String, Integer> bySituation = new LinkedHashMap<>();
    List<List<String>> situationRows = new ArrayList<>();
    // classified situations first, then the topics the table does not classify; each by number, most first
    report.proposalsBySituation().entrySet().stream()
        .sorted(java.util.Comparator.comparing((Map.Entry<Situation, Integer> e) -> !e.getKey().isClassified())
            .thenComparing(Map.Entry::getValue, java.util.Comparator.reverseOrder()))
        .forEach(e -> {
          String name = e.getKey().isClassified() ? e.getKey().displayName() : e.getKey().displayName() + " (topic)";
          bySituation.put(name, e.getValue());
          situationRows.add(List.of(name, Integer.toString(e.getValue())));
        });
    figure(b, Charts.proposalsBySituation(bySituation), "Vetoed proposals by situation",
        "The situation is derived from the veto list's topic (unsc_veto_situations.csv, one rule per row);"
            + " a topic it does not classify is shown as written, marked (topic).",
        List.of("Situation", "Vetoed proposals"), situationRows);

    List<Charts.Span> spans = new ArrayList<>();
    List<List<String>> gaRows = new ArrayList<>();
    for (HistoryReport.GaRow g : report.gaRows()) {
      Optional<java.time.LocalDate> met = g.held().flatMap(GaVetoDebate::meetingDate);
      Charts.Span span = new Charts.Span(g.record().date() + " " + g.record().proposal().label()
          + (g.withinDeadline().orElse(true) ? "" : " (late)"), g.record().date(), g.debate().deadline(), met);
      spans.add(span);
      gaRows.add(List.of(g.record().date().toString(), g.record().proposal().label(), g.debate().deadline().toString(),
          g.held().map(GaVetoDebate::meetingDateAsWritten).orElse("not in the data"), g.verdict()));
    }
    figure(b, Charts.gaTimeline(spans), "GA res 76/262: days from each veto to the deadline and to the Assembly's meeting",
        esc(HistoryReport.GA_DEADLINE_NOTE) + " A late meeting has its own colour and (late) after its label.",
        List.of("Veto", "Draft", "Deadline", "GA meeting", "Result"), gaRows);

    Map<String, Integer> changed = new LinkedHashMap<>();
    List<List<String>> whatIfRows = new ArrayList<>();
    for (HistoryRun run : runs()) {
      changed.put(run.scenario(), run.changed().size());
      whatIfRows.add(List.of(run.scenario(), Integer.toString(run.changed().size()),
          Integer.toString(run.comparisons().size()), run.total().vetoCastsBaseline() + " → " + run.total().vetoCastsScenario()));
    }
    figure(b, Charts.whatIfChanges(changed), "What if: vetoed proposals whose outcome a scenario changes",
        "Each scenario replays every vetoed proposal under the Charter's voting rule; see the What if table for"
            + " what each supposes and which votes flip.",
        List.of("Scenario", "Outcomes changed", "Vetoed proposals", "Veto casts (history → scenario)"), whatIfRows);
    b.append("</section>\n");
  }

  private static void figure(StringBuilder b, Charts.Drawn chart, String caption, String noteHtml, List<String> heads,
      List<List<String>> rows) {
    b.append("<figure class=\"chart\">\n<figcaption id=\"").append(chart.id()).append("-caption\">")
        .append(esc(caption)).append("</figcaption>\n<div class=\"svg\">").append(chart.inline()).append("</div>\n<p class=\"note\">")
        .append(noteHtml).append("</p>\n<details class=\"alt\"><summary>The data of this chart, as a table</summary>\n")
        .append("<table><thead><tr>");
    heads.forEach(x -> b.append("<th scope=\"col\">").append(esc(x)).append("</th>"));
    b.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      b.append("<tr><th scope=\"row\">").append(esc(r.get(0))).append("</th>");
      r.subList(1, r.size()).forEach(x -> b.append("<td>").append(esc(x)).append("</td>"));
      b.append("</tr>\n");
    }
    b.append("</tbody></table></details>\n</figure>\n");
  }

  // ---------------------------------------------------------------- tables

  /**
   * The tables of the page, in their order.
   *
   * @return the tables
   */
  List<Table> tables() {
    return List.of(casts(), verdicts(), reasons(), assessments(), committed(), monitor(), ga(), whatIf());
  }

  /** The NOT_APPLICABLE findings since {@link HistoryReport#REASONS_SINCE}, one row per instrument and set of reasons. */
  private Table reasons() {
    List<Row> rows = new ArrayList<>();
    for (HistoryReport.ReasonGroup g : report.notApplicableByReasons()) {
      rows.add(new Row(Map.of(Filter.INSTRUMENT, g.instrument().shortName()), List.of(
          Cell.text(g.instrument().shortName()), Cell.text(g.label()), Cell.number(g.casts().size()),
          Cell.text(String.join(", ", g.vetoes())))));
    }
    return table("reasons", "Why a commitment did not apply (vetoes since " + HistoryReport.REASONS_SINCE.getYear() + ")",
        "Each NOT APPLICABLE finding on a veto cast since " + HistoryReport.REASONS_SINCE + ", grouped by every"
            + " condition it found definitely false, not the first alone. The same rows as not_applicable_reasons.csv.",
        List.of("Instrument", "Reasons (conditions false)", "Casts", "Vetoes"), List.of(Filter.INSTRUMENT), rows);
  }

  private Table monitor() {
    List<Row> rows = new ArrayList<>();
    for (Monitor.Row x : report.monitor().rows()) {
      VoteRecord r = x.record();
      Finding code = x.code();
      Map<Filter, String> f = filters(r, x.permanent() ? PermanentSeat.heldBy(x.vote().member(), r.date()) : Optional.empty());
      f.put(Filter.VERDICT, code.verdict().name());
      rows.add(new Row(f, List.of(date(r), Cell.text(r.proposal().label()), Cell.text(x.aim()),
          Cell.text(report.monitor().crimes(r)), Cell.text(x.vote().member().name()),
          Cell.text(x.permanent() ? "permanent" : "elected"), Cell.text(x.vote().position()),
          Cell.text(x.standing().label()),
          new Cell("<span class=\"v v-" + code.verdict().name() + "\">" + esc(code.verdict().name()) + "</span>", null),
          Cell.text(code.explanation().reason()),
          new Cell("<span class=\"flags\">" + esc(others(x, code)) + "</span>", null),
          source(r.proposal().atrocityAim().flatMap(a -> a.source().map(src -> a.assertedBy() + ": " + src))
              .orElse(r.source())))));
    }
    return table("monitor", "Monitor: the Council's votes on atrocity drafts",
        "Every member's vote on every vetoed draft with a bundled atrocity assessment and per-member votes, with"
            + " the member's standing under the ACT Code on the day (the supporter list is partial: unknown is never"
            + " read as not joined), the Code's verdict and its reason, and the other instruments' verdicts."
            + " The same rows as monitor.csv.",
        List.of("Date", "Draft", "Aim", "Crimes", "Member", "Seat", "Vote", "Code standing", "ACT Code", "Reason",
            "Other instruments", "Source"),
        List.of(Filter.YEAR, Filter.SEAT, Filter.SITUATION, Filter.VERDICT), rows);
  }

  /** The verdicts of the instruments other than the Code: those that apply, or that none does. */
  private static String others(Monitor.Row x, Finding code) {
    List<String> engaged = x.findings().stream().filter(o -> o != code && o.verdict() != Verdict.NOT_APPLICABLE)
        .map(o -> o.instrument().shortName() + " " + o.verdict()).collect(Collectors.toList());
    return engaged.isEmpty() ? "all NOT_APPLICABLE" : String.join(", ", engaged) + "; the rest NOT_APPLICABLE";
  }

  private static Map<Filter, String> filters(VoteRecord r, Optional<PermanentSeat> seat) {
    Map<Filter, String> m = new LinkedHashMap<>();
    m.put(Filter.YEAR, Integer.toString(r.date().getYear()));
    seat.ifPresent(s -> m.put(Filter.SEAT, HistoryReport.seatName(s)));
    m.put(Filter.SITUATION, situation(r));
    return m;
  }

  private static String situation(VoteRecord r) {
    return r.proposal().situation().map(s -> s.isClassified() ? s.displayName() : "Other: " + s.displayName())
        .orElse("not classified");
  }

  /** The values of each filter over the rows: years in order, seats, instruments and verdicts in their enum's order, the rest by name. */
  private static Map<Filter, List<String>> options(List<Filter> filters, List<Row> rows) {
    Map<Filter, List<String>> m = new LinkedHashMap<>();
    for (Filter f : filters) {
      SortedSet<String> values = new TreeSet<>();
      rows.forEach(r -> Optional.ofNullable(r.filters().get(f)).ifPresent(values::add));
      List<String> ordered;
      switch (f) {
        case SEAT:
          ordered = java.util.Arrays.stream(PermanentSeat.values()).map(HistoryReport::seatName).collect(Collectors.toList());
          break;
        case INSTRUMENT:
          ordered = java.util.Arrays.stream(Instrument.values()).map(Instrument::shortName)
              .filter(values::contains).collect(Collectors.toList());
          break;
        case VERDICT:
          ordered = java.util.Arrays.stream(Verdict.values()).map(Verdict::name).collect(Collectors.toList());
          break;
        default:
          ordered = new ArrayList<>(values);
      }
      m.put(f, ordered);
    }
    return m;
  }

  private static Table table(String id, String title, String intro, List<String> columns, List<Filter> filters,
      List<Row> rows) {
    return new Table(id, title, intro, columns, options(filters, rows), rows);
  }

  private Table casts() {
    List<Row> rows = new ArrayList<>();
    for (HistoryReport.Cast c : report.casts()) {
      VoteRecord r = c.record();
      rows.add(new Row(filters(r, Optional.of(c.seat())), List.of(date(r), Cell.text(r.proposal().label()),
          Cell.text(r.proposal().subject()), Cell.text(situation(r)), Cell.text(c.state().name()),
          Cell.text(HistoryReport.seatName(c.seat())), new Cell("<span class=\"flags\">" + esc(String.join("; ", r.flags())) + "</span>", null), source(r.source()))));
    }
    return table("casts", "Veto casts", "Every veto cast in the data, one row per vetoing member and proposal.",
        List.of("Date", "Draft", "Subject", "Situation", "State", "Seat", "Flags", "Source"),
        List.of(Filter.YEAR, Filter.SEAT, Filter.SITUATION), rows);
  }

  private Table verdicts() {
    List<Row> rows = new ArrayList<>();
    for (HistoryReport.Cast c : report.casts()) {
      VoteRecord r = c.record();
      for (Finding f : c.findings()) {
        Map<Filter, String> filters = filters(r, Optional.of(c.seat()));
        filters.put(Filter.INSTRUMENT, f.instrument().shortName());
        filters.put(Filter.VERDICT, f.verdict().name());
        StringBuilder why = new StringBuilder("<details><summary>").append(esc(f.explanation().reason()))
            .append("</summary><p>").append(explanation(f)).append("</p>");
        // a source the explanation already states in the same words is not repeated
        String explained = f.explain();
        List<String> rests = report.sources(c, f).stream()
            .filter(s -> !explained.contains(s.substring(s.indexOf(": ") + 2))).collect(Collectors.toList());
        if (!rests.isEmpty()) {
          why.append("<ul>");
          rests.forEach(s -> why.append("<li>").append(esc(s)).append("</li>"));
          why.append("</ul>");
        }
        why.append("</details>");
        rows.add(new Row(filters, List.of(date(r), Cell.text(r.proposal().label()), Cell.text(c.state().name()),
            Cell.text(f.instrument().shortName()),
            new Cell("<span class=\"v v-" + f.verdict().name() + "\">" + esc(f.verdict().name()) + "</span>", null),
            new Cell(why.toString(), null))));
      }
    }
    return table("verdicts", "Verdicts", "Each veto cast checked against every commitment ("
            + report.casts().size() + " casts). Open a reason for the explanation and what it rests on.",
        List.of("Date", "Draft", "State", "Instrument", "Verdict", "Why (open for the explanation and sources)"),
        List.of(Filter.YEAR, Filter.SEAT, Filter.SITUATION, Filter.INSTRUMENT, Filter.VERDICT), rows);
  }

  private Table assessments() {
    List<Row> rows = new ArrayList<>();
    for (VoteRecord r : report.atrocityAssessed()) {
      var a = r.proposal().atrocityAim().orElseThrow();
      rows.add(new Row(filters(r, Optional.empty()), List.of(date(r), Cell.text(r.proposal().label()),
          Cell.text(r.proposal().subject()), Cell.text(situation(r)), Cell.text(a.assessment()),
          Cell.text(report.monitor().crimes(r)),
          Cell.text(a.timing().map(Object::toString).orElse("")), Cell.text(a.assertedBy()),
          source(a.source().orElse("")))));
    }
    return table("assessments", "Atrocity assessments",
        "Whether the draft aimed to end or prevent atrocity crimes, as asserted by the named source (YES, CONTESTED,"
            + " NO, UNKNOWN: UNKNOWN is never read as NO), and when the crimes were characterised relative to the vote."
            + " These are sourced assertions, not findings of r2p; every other vetoed draft is unassessed.",
        List.of("Date", "Draft", "Subject", "Situation", "Aim", "Crimes", "Characterised", "Asserted by", "Source"),
        List.of(Filter.YEAR, Filter.SITUATION), rows);
  }

  private Table committed() {
    List<Row> rows = new ArrayList<>();
    for (Adherence a : report.rules().registry().adherences()) {
      Map<Filter, String> f = new LinkedHashMap<>();
      f.put(Filter.INSTRUMENT, a.instrument().shortName());
      seatOf(a.state()).ifPresent(s -> f.put(Filter.SEAT, s));
      rows.add(new Row(f, List.of(Cell.text(a.state().name()), Cell.text(a.instrument().shortName()),
          Cell.text("committed from " + a.from() + a.to().map(t -> " to " + t).orElse("")),
          Cell.text(a.note().orElse("")), source(a.source()))));
    }
    for (NonAdherence n : report.rules().registry().nonAdherences()) {
      Map<Filter, String> f = new LinkedHashMap<>();
      f.put(Filter.INSTRUMENT, n.instrument().shortName());
      seatOf(n.state()).ifPresent(s -> f.put(Filter.SEAT, s));
      List<HistoryReport.Cast> decided = report.castsDecidedByNonAdherence().getOrDefault(n, List.of());
      rows.add(new Row(f, List.of(Cell.text(n.state().name()), Cell.text(n.instrument().shortName()),
          Cell.text("had not joined as of " + n.asOf() + " (so on no earlier day either)"),
          Cell.text(decided.isEmpty() ? "" : "decides " + decided.size() + " veto cast(s) NOT APPLICABLE: "
              + decided.stream().map(c -> c.record().date() + " " + c.record().proposal().label())
                  .collect(Collectors.joining(", "))),
          source(n.source()))));
    }
    return table("committed", "Who was committed",
        esc("ACT Code: " + report.data().supporterCoverage(Instrument.ACT_CODE_OF_CONDUCT) + ". France–Mexico declaration: "
            + report.data().supporterCoverage(Instrument.FRANCE_MEXICO_DECLARATION)
            + ". A state not named in a partial list is of unknown status, never taken as a non-signatory."),
        List.of("State", "Instrument", "Status", "Note", "Source"), List.of(Filter.SEAT, Filter.INSTRUMENT), rows);
  }

  private Optional<String> seatOf(MemberState state) {
    for (PermanentSeat s : PermanentSeat.values()) {
      if (report.casts().stream().anyMatch(c -> c.seat() == s && c.state().equals(state))) {
        return Optional.of(HistoryReport.seatName(s));
      }
    }
    return Optional.empty();
  }

  private Table ga() {
    List<Row> rows = new ArrayList<>();
    for (HistoryReport.GaRow g : report.gaRows()) {
      VoteRecord r = g.record();
      Map<Filter, String> f = filters(r, Optional.empty());
      rows.add(new Row(f, List.of(date(r), Cell.text(r.proposal().label()),
          Cell.text(g.debate().vetoingMembers().stream().map(MemberState::name).collect(Collectors.joining(", "))),
          Cell.text(g.debate().deadline()),
          Cell.text(g.debate().holidaysAssumed().stream().map(x -> x.date() + " " + x.name() + " (" + x.confidence() + ")")
              .collect(Collectors.joining("; "))),
          Cell.text(g.held().map(GaVetoDebate::meetingDateAsWritten).orElse("not in the data")),
          Cell.text(g.held().map(x -> x.format().name()).orElse("")),
          new Cell("<span class=\"r" + (g.withinDeadline().orElse(true) ? "" : " late") + "\">" + esc(g.verdict())
              + "</span>", null),
          source(g.held().map(x -> x.source() + " (confidence: " + x.confidence() + ")").orElse("")))));
    }
    return table("ga", "GA res 76/262: the Assembly's meeting after each veto", esc(HistoryReport.GA_DEADLINE_NOTE),
        List.of("Veto", "Draft", "Vetoed by", "Deadline", "Holidays assumed", "GA meeting", "Format", "Result", "Source"),
        List.of(Filter.YEAR, Filter.SITUATION), rows);
  }

  private Table whatIf() {
    List<Row> rows = new ArrayList<>();
    StringBuilder intro = new StringBuilder("<ul>");
    for (HistoryRun run : runs()) {
      intro.append("<li><strong>").append(esc(run.scenario())).append("</strong>: ").append(esc(run.description()))
          .append(' ').append(run.changed().size()).append(" of ").append(run.comparisons().size())
          .append(" vetoed proposals would have had another outcome; veto casts ").append(run.total().vetoCastsBaseline())
          .append(" → ").append(run.total().vetoCastsScenario()).append(".</li>");
      for (RecordComparison c : run.changed()) {
        VoteRecord r = c.record();
        Map<Filter, String> f = filters(r, Optional.empty());
        f.put(Filter.SCENARIO, run.scenario());
        rows.add(new Row(f, List.of(Cell.text(run.scenario()), date(r), Cell.text(r.proposal().label()),
            Cell.text(c.baselineOutcome() + " → " + c.scenarioOutcome()), Cell.text(c.basis()),
            Cell.text(c.flippedBy().stream().map(Object::toString).collect(Collectors.joining(", "))),
            source(r.source()))));
      }
    }
    intro.append("</ul>");
    return table("whatif", "What if", intro.toString(),
        List.of("Scenario", "Date", "Draft", "Outcome (history → scenario)", "Basis", "Flipped by", "Source"),
        List.of(Filter.SCENARIO, Filter.YEAR, Filter.SITUATION), rows);
  }

  /**
   * A finding's explanation ({@link Finding#explain()}) as HTML, the provision it quotes (the
   * same for every finding on an instrument) quoted once at the end of the page, where its
   * citation here links to.
   */
  private String explanation(Finding f) {
    String text = f.explain();
    String quoted = f.explanation().citation() + ": " + f.explanation().provision();
    int at = text.indexOf(quoted);
    if (at < 0) {
      return esc(text);
    }
    int n = provisions.computeIfAbsent(quoted, k -> provisions.size() + 1);
    return esc(text.substring(0, at)) + "<a href=\"#prov-" + n + "\">" + esc(String.valueOf(f.explanation().citation()))
        + "</a>" + esc(text.substring(at + quoted.length()));
  }

  private static Cell date(VoteRecord r) {
    return new Cell("<time>" + r.date() + "</time>", null);
  }

  /** A citation of a source: its number in the list of sources at the end of the page. */
  private Cell source(String s) {
    if (s.isEmpty()) {
      return Cell.text("");
    }
    int n = sources.computeIfAbsent(s, k -> sources.size() + 1);
    return new Cell("<a class=\"src\" href=\"#src-" + n + "\">[" + n + "]</a>", String.format(Locale.ROOT, "%06d", n));
  }

  /** Tables with more rows than this are laid out by the browser only when near the screen. */
  private static final int LONG = 40;

  private static void table(StringBuilder b, Table t) {
    String id = t.id();
    b.append("<section id=\"").append(id).append("-s\" aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"")
        .append(id).append("-h\">").append(esc(t.title())).append("</h2>\n<div class=\"intro\">").append(t.intro())
        .append("</div>\n");
    if (!t.filters().isEmpty()) {
      b.append("<div class=\"filters\" data-table=\"").append(id).append("\" role=\"group\" aria-label=\"Filter: ")
          .append(esc(t.title())).append("\">\n");
      t.filters().forEach((f, values) -> {
        b.append("<label>").append(f.label).append(" <select data-key=\"").append(f.key())
            .append("\" aria-controls=\"").append(id).append("\"><option value=\"\">all</option>");
        values.forEach(v -> b.append("<option>").append(esc(v)).append("</option>"));
        b.append("</select></label>\n");
      });
      b.append("<output class=\"count\" aria-live=\"polite\" id=\"").append(id).append("-count\">")
          .append(t.rows().size()).append(" of ").append(t.rows().size()).append(" rows</output>\n</div>\n");
    }
    // the scrolling box takes the keyboard focus, so that it scrolls with the arrow keys
    b.append("<div class=\"scroll").append(t.rows().size() > LONG ? " long" : "").append("\" tabindex=\"0\" role=\"region\"")
        .append(" aria-labelledby=\"").append(id).append("-h\"><table class=\"data\" id=\"").append(id).append("\">\n<caption>")
        .append(esc(t.title())).append(" (").append(t.rows().size())
        .append(" rows; choose a column heading to sort)</caption>\n<thead><tr>");
    for (String c : t.columns()) {
      b.append("<th scope=\"col\"><button type=\"button\">").append(esc(c)).append("</button></th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Row r : t.rows()) {
      b.append("<tr");
      r.filters().forEach((f, v) -> b.append(" data-").append(f.key()).append("=\"").append(esc(v)).append('"'));
      b.append('>');
      for (Cell c : r.cells()) {
        b.append("<td");
        if (c.sortKey() != null) {
          b.append(" data-sort=\"").append(esc(c.sortKey())).append('"');
        }
        b.append('>').append(c.html()).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** Badge colours for each verdict, by its place in {@link Verdict}: apart in lightness, with the name written. */
  private static String verdictStyles() {
    String[][] palette = {{"#8e1b1b", "#ffffff", "solid"}, {"#d9efdc", "#14361b", "solid"},
        {"#eeeeee", "#333333", "dotted"}, {"#fff1b8", "#4a3b00", "dashed"}, {"#d6e6f7", "#0f2d4d", "double"},
        {"#f3dcf0", "#4a1442", "solid"}};
    StringBuilder css = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      String[] p = palette[v.ordinal() % palette.length];
      css.append(".v-").append(v.name()).append("{background:").append(p[0]).append(";color:").append(p[1])
          .append(";border:2px ").append(p[2]).append(' ').append(p[1]).append("}\n");
    }
    return css.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Escapes text for HTML content and attribute values.
   *
   * @param s the text
   * @return the text with {@code & < > "} escaped
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
