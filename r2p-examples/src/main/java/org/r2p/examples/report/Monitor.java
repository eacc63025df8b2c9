package org.r2p.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.r2p.core.AtrocityAim;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Instrument;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.SourcedAssessment;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Finding;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.whatif.WhatIf;

/**
 * A monitor of the Council's votes on atrocity drafts: for every vetoed draft with an atrocity
 * assessment and per-member votes, each member's vote, its standing under the ACT Code (a named
 * supporter, not joined — as of a dated fact, or presumed under Q17 — or unknown) and the
 * verdict of every instrument on it, with the reason. What NGOs that monitor the Code compile
 * by hand: which named supporters sat on the Council, how they voted on drafts assessed YES or
 * CONTESTED, and which members' status is unknown.
 *
 * <p>Immutable once built.
 */
public final class Monitor {
  /** How a member stood under the ACT Code on the vote's date. */
  public enum CodeStanding {
    /** A named supporter (the list is partial). */
    SUPPORTER,
    /** Not joined, as of a dated fact covering the date. */
    NOT_JOINED,
    /** Not joined as of a dated fact before the date, presumed unchanged (Q17 PRESUMED_CONTINUING). */
    NOT_JOINED_PRESUMED,
    /** Not named in the partial list, nor known not to have joined. */
    UNKNOWN,
    /** The Code did not exist yet. */
    NOT_IN_EFFECT;

    /** @return the standing as the report and the monitor write it, such as "status unknown" */
    public String label() {
      return switch (this) {
        case SUPPORTER -> "named Code supporters";
        case NOT_JOINED -> "not joined (dated fact)";
        case NOT_JOINED_PRESUMED -> "not joined (presumed, Q17)";
        case UNKNOWN -> "status unknown";
        case NOT_IN_EFFECT -> "Code not yet in effect";
      };
    }
  }

  /**
   * One member's vote on an assessed draft.
   *
   * @param record the vetoed draft's record
   * @param vote the member's vote
   * @param permanent whether the member held a permanent seat
   * @param standing its standing under the ACT Code that day
   * @param findings the verdict of each instrument on the vote
   */
  public record Row(VoteRecord record, Vote vote, boolean permanent, CodeStanding standing, List<Finding> findings) {
    /** @return the ACT Code's finding */
    public Finding code() {
      return findings.stream().filter(f -> f.instrument() == Instrument.ACT_CODE_OF_CONDUCT).findFirst().orElseThrow();
    }

    /** @return the draft's atrocity assessment (YES, CONTESTED, NO, UNKNOWN) */
    public String aim() {
      return record.proposal().atrocityAim().map(a -> a.assessment().name()).orElse("");
    }

    /** @return whether the vote was a NO or an abstention */
    public boolean noOrAbstention() {
      return vote.position() == VotePosition.NO || vote.position() == VotePosition.ABSTAIN;
    }
  }

  private final R2pDatasets data;
  private final R2pRules rules;
  private final List<Row> rows;

  private Monitor(R2pDatasets data, R2pRules rules, List<VoteRecord> records) {
    this.data = data;
    this.rules = rules;
    WhatIf whatIf = WhatIf.of(rules);
    List<Row> out = new ArrayList<>();
    for (VoteRecord r : records) {
      if (r.proposal().atrocityAim().isEmpty() || r.votes().isEmpty()) {
        continue;
      }
      CharterDecision d = whatIf.decision(r);
      for (Vote v : r.votes()) {
        boolean permanent = org.r2p.core.PermanentSeat.heldBy(v.member(), r.date()).isPresent();
        out.add(new Row(r, v, permanent, standing(v, r.date()), rules.check(r, v, d)));
      }
    }
    this.rows = List.copyOf(out);
  }

  /**
   * The monitor over records.
   *
   * @param data the datasets (assessment rows as written)
   * @param rules the rules
   * @param records the records (those with an atrocity assessment and per-member votes count)
   * @return the monitor
   */
  public static Monitor of(R2pDatasets data, R2pRules rules, List<VoteRecord> records) {
    return new Monitor(data, rules, records);
  }

  private CodeStanding standing(Vote v, LocalDate date) {
    Instrument code = Instrument.ACT_CODE_OF_CONDUCT;
    if (!code.inEffectOn(date)) {
      return CodeStanding.NOT_IN_EFFECT;
    }
    CommitmentStatus s = rules.registry().status(v.member(), code, date);
    if (s == CommitmentStatus.COMMITTED) {
      return CodeStanding.SUPPORTER;
    }
    if (s == CommitmentStatus.NOT_COMMITTED) {
      return CodeStanding.NOT_JOINED;
    }
    boolean presumed = rules.interpretation().continuity() == Interpretation.Continuity.PRESUMED_CONTINUING
        && rules.registry().presumedNonAdherence(v.member(), code, date).isPresent();
    return presumed ? CodeStanding.NOT_JOINED_PRESUMED : CodeStanding.UNKNOWN;
  }

  /** @return every member's vote on every assessed draft with per-member votes, in the records' order */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The elected members' NO votes and abstentions on drafts assessed YES or CONTESTED, between
   * two dates.
   *
   * @param from the first day
   * @param to the last day
   * @return the rows
   */
  public List<Row> electedNoOrAbstention(LocalDate from, LocalDate to) {
    return rows.stream().filter(x -> !x.permanent() && x.noOrAbstention() && yesOrContested(x)
        && !x.record().date().isBefore(from) && !x.record().date().isAfter(to)).collect(Collectors.toList());
  }

  private static boolean yesOrContested(Row x) {
    return x.aim().equals("YES") || x.aim().equals("CONTESTED");
  }

  /** The crimes as the bundled row names them (risks included), else the aim's. */
  String crimes(VoteRecord r) {
    AtrocityAim a = r.proposal().atrocityAim().orElseThrow();
    Optional<SourcedAssessment> row = r.id().flatMap(data::sourcedAssessment)
        .filter(s -> a.source().orElse("").equals(s.source()));
    if (row.isPresent()) {
      return row.get().crimesNamed();
    }
    String committed = a.crimes().stream().map(c -> c.label()).collect(Collectors.joining(", "));
    String risked = a.risked().stream().map(c -> c.label()).collect(Collectors.joining(", "));
    return committed + (risked.isEmpty() ? "" : (committed.isEmpty() ? "" : "; ") + "risk: " + risked);
  }

  private static String name(Vote v) {
    return v.member().name();
  }

  /**
   * The monitor as a Markdown section.
   *
   * @return the text
   */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("## Monitor: the Council's votes on atrocity drafts\n\n");
    List<VoteRecord> drafts = rows.stream().map(Row::record).distinct().collect(Collectors.toList());
    md.append("Every vetoed draft with a bundled atrocity assessment and per-member votes (").append(drafts.size())
        .append(" drafts, ").append(rows.size()).append(" votes; `monitor.csv` has each vote with its verdict under")
        .append(" every instrument). For the drafts assessed YES or CONTESTED: the named ACT Code supporters on the")
        .append(" Council and their votes, the members known (or presumed, Q17) not to have joined, and those whose")
        .append(" status is unknown (the supporter list is partial: unknown is never read as not joined).\n\n");
    for (VoteRecord r : drafts) {
      List<Row> votes = rows.stream().filter(x -> x.record() == r).collect(Collectors.toList());
      if (!yesOrContested(votes.get(0))) {
        continue;
      }
      md.append("- ").append(r.date()).append(' ').append(r.proposal().label()).append(" (")
          .append(votes.get(0).aim()).append(crimes(r).isEmpty() ? "" : "; " + crimes(r)).append("): ");
      List<String> parts = new ArrayList<>();
      for (CodeStanding s : CodeStanding.values()) {
        List<Row> in = votes.stream().filter(x -> x.standing() == s).collect(Collectors.toList());
        if (!in.isEmpty()) {
          parts.add(s.label() + ": " + in.stream().map(x -> name(x.vote()) + " " + x.vote().position())
              .collect(Collectors.joining(", ")));
        }
      }
      md.append(String.join("; ", parts)).append('\n');
    }
    LocalDate from = drafts.isEmpty() ? LocalDate.of(2016, 1, 1) : drafts.get(0).date();
    LocalDate to = drafts.isEmpty() ? LocalDate.of(2025, 12, 31) : drafts.get(drafts.size() - 1).date();
    List<Row> elected = electedNoOrAbstention(from, to);
    md.append("\n### Elected members' NO votes and abstentions on drafts assessed YES or CONTESTED, ")
        .append(from.getYear()).append("–").append(to.getYear()).append("\n\n");
    md.append(elected.size()).append(" votes. The verdict is the ACT Code's (")
        .append(rules.interpretation().describe()).append("); the other instruments' follow it.\n\n");
    MarkdownTable table = new MarkdownTable(md, "lllllllll",
        List.of("Date", "Draft", "Aim", "Member", "Vote", "Code standing", "ACT Code", "Reason", "Others"));
    for (Row x : elected) {
      Finding c = x.code();
      table.row(x.record().date(), x.record().proposal().label(), x.aim(), name(x.vote()), x.vote().position(),
          x.standing().label(), c.verdict(), c.explanation().reason(), x.findings().stream().filter(f -> f != c)
              .map(f -> f.instrument().shortName() + " " + f.verdict()).collect(Collectors.joining(", ")));
    }
    md.append('\n');
    return md.toString();
  }

  /**
   * The monitor as CSV: one row per vote.
   *
   * @return the text, with a header row
   */
  public String csv() {
    StringBuilder b = new StringBuilder("veto_id,date,draft,aim,crimes_named,member,member_name,seat,vote,code_standing");
    for (Instrument i : instruments()) {
      b.append(',').append(i.name().toLowerCase(Locale.ROOT));
    }
    b.append(",code_reason,situation\n");
    for (Row x : rows) {
      b.append(x.record().id().orElse("")).append(',').append(x.record().date()).append(',')
          .append(HistoryReport.csv(x.record().proposal().label())).append(',').append(x.aim()).append(',')
          .append(HistoryReport.csv(crimes(x.record()))).append(',').append(x.vote().member().code()).append(',')
          .append(HistoryReport.csv(name(x.vote()))).append(',').append(x.permanent() ? "permanent" : "elected")
          .append(',').append(x.vote().position()).append(',').append(x.standing());
      for (Instrument i : instruments()) {
        b.append(',').append(x.findings().stream().filter(f -> f.instrument() == i).map(f -> f.verdict().name())
            .findFirst().orElse(""));
      }
      b.append(',').append(HistoryReport.csv(x.code().explanation().reason())).append(',')
          .append(HistoryReport.situationCell(x.record())).append('\n');
    }
    return b.toString();
  }

  private List<Instrument> instruments() {
    return rows.isEmpty() ? List.of() : rows.get(0).findings().stream().map(Finding::instrument).collect(Collectors.toList());
  }
}
