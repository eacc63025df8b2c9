package org.r2p.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DecisionModality;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.Situation;
import org.r2p.core.SymbolParseException;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.Problem;
import org.r2p.rules.TallyComparison;

/**
 * The rows of one adopted resolution in a UN Digital Library voting-data file, checked row by
 * row as they come and turned into one {@link VoteRecord} when the resolution's last row has
 * been read. A row that contradicts the resolution's first row or the Council on the vote date
 * becomes a problem naming its line, and the record is built from the other rows.
 *
 * <p>Not thread-safe: one per resolution, used by one reader.
 */
public final class UndlResolution {
  /** Flag: a member coded X whose vote note does not say whether it was absent or not participating. */
  public static final String NON_VOTING_UNSPECIFIED = "NON_VOTING_UNSPECIFIED";
  /** Flag: some of the resolution's rows were not read (each is a located problem). */
  public static final String ROWS_REJECTED = "ROWS_REJECTED";

  /** The columns every row of one resolution must agree on. */
  private static final List<String> SHARED = List.of("undl_id", "resolution", "date", "meeting", "draft",
      "modality", "total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link");

  private final UndlColumns columns;
  private final String file;
  private final Consumer<Problem> problems;
  private final String key;
  private final List<String> first;
  private final int firstLine;
  private final int firstIndex;
  private final LocalDate date;
  private final Council council;
  /** The situation an agenda item names, by the rules that classify the bundled vetoes. */
  private final Function<String, Optional<Situation>> situationOf;
  private final List<Vote> votes = new ArrayList<>();
  /** The line of each vote in {@link #votes}. */
  private final List<Integer> voteLines = new ArrayList<>();
  private final List<Integer> voteIndexes = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();
  private final List<Integer> rejected = new ArrayList<>();
  private @Nullable String withoutVote;
  private boolean acclamation;
  private int nonVoting;

  private UndlResolution(UndlColumns columns, String file, Consumer<Problem> problems,
      String key, List<String> first, int line, int index, LocalDate date, Council council,
      Function<String, Optional<Situation>> situationOf) {
    this.columns = columns;
    this.file = file;
    this.problems = problems;
    this.key = key;
    this.first = first;
    this.firstLine = line;
    this.firstIndex = index;
    this.date = date;
    this.council = council;
    this.situationOf = situationOf;
  }

  /**
   * The key that groups a row with its resolution: {@code undl_id} where given, else
   * {@code resolution}.
   *
   * @param columns the header
   * @param row the row
   * @return the key, empty if the row has neither
   */
  public static String key(UndlColumns columns, List<String> row) {
    String id = columns.get(row, "undl_id");
    return id.isEmpty() ? columns.get(row, "resolution") : id;
  }

  /**
   * The vote date of a row, or a problem.
   *
   * @param columns the header
   * @param row the row
   * @param line its line
   * @param index its index among the data rows
   * @param problems where a problem goes
   * @return the date, or null if the cell is not a date (the problem has been passed on)
   */
  public static @Nullable LocalDate date(UndlColumns columns, List<String> row, int line, int index,
      Consumer<Problem> problems) {
    String d = columns.get(row, "date");
    try {
      return LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      problems.accept(Problem.error("/date", d.isEmpty() ? "field.required" : "date.format",
          "row " + line + ": date must be a date yyyy-mm-dd: '" + d + "'").at(index, line));
      return null;
    }
  }

  /**
   * Starts a resolution at its first row; the row itself is then {@link #add}ed.
   *
   * @param columns the header
   * @param history the Council's composition through time
   * @param file the file's name, for the source
   * @param problems where problems go
   * @param row the first row
   * @param line its line
   * @param index its index among the data rows
   * @param date its vote date
   * @param situationOf the situation an agenda item names, if any
   * @return the resolution, or null if no Council is known on the date (the problem has been passed on)
   */
  public static @Nullable UndlResolution start(UndlColumns columns, CouncilHistory history, String file,
      Consumer<Problem> problems, List<String> row, int line, int index, LocalDate date,
      Function<String, Optional<Situation>> situationOf) {
    Council council;
    try {
      council = history.councilOn(date);
    } catch (IllegalArgumentException e) {
      problems.accept(Problem.error("/date", "council.unknown", "row " + line + ": no Council composition for "
          + date + ": " + e.getMessage()).at(index, line));
      return null;
    }
    return new UndlResolution(columns, file, problems, key(columns, row), List.copyOf(row), line, index,
        date, council, situationOf);
  }

  /**
   * The grouping key of this resolution.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * A row of this resolution that could not be read at all (reported by the caller).
   *
   * @param line its line
   */
  public void reject(int line) {
    rejected.add(line);
  }

  /**
   * Reads one member's row: checks it against the first row and the Council, and keeps the vote
   * or passes on a problem naming the line.
   *
   * @param row the row
   * @param line its line
   * @param index its index among the data rows
   */
  public void add(List<String> row, int line, int index) {
    for (String c : SHARED) {
      String here = columns.get(row, c);
      String there = columns.get(first, c);
      if (!here.equals(there)) {
        reject(line, index, "/" + c, "row.contradicts", "column " + c + " must agree across the rows of "
            + label() + ": '" + there + "' at line " + firstLine + ", '" + here + "' here");
        return;
      }
    }
    String code = columns.get(row, "ms_code");
    if (code.isEmpty()) {
      reject(line, index, "/ms_code", "field.required", "ms_code must not be empty");
      return;
    }
    Optional<MemberState> known = MemberStates.byCode(code);
    if (known.isEmpty()) {
      reject(line, index, "/ms_code", "state.unknown", "unknown state code: must be an ISO 3166 alpha-3 code"
          + " or a historical code such as SUN: '" + code + "'");
      return;
    }
    // a code of a permanent seat's holder stands for the seat: its holder on the vote date
    MemberState member = PermanentSeat.everHeldBy(known.get()).map(s -> s.holderOn(date)).orElse(known.get());
    String vote = columns.get(row, "ms_vote");
    VotePosition position;
    switch (vote) {
      case "Y":
        position = VotePosition.YES;
        break;
      case "N":
        position = VotePosition.NO;
        break;
      case "A":
        position = VotePosition.ABSTAIN;
        break;
      case "X":
        position = nonVoting(columns.get(row, "vote_note"), columns.get(row, "ms_name"), member);
        break;
      default:
        reject(line, index, "/ms_vote", vote.isEmpty() ? "field.required" : "vote.code",
            "ms_vote must be one of Y, N, A, X: '" + vote + "'");
        return;
    }
    if (!council.isMember(member) && (council.electedSeatsKnown() || PermanentSeat.everHeldBy(member).isPresent())) {
      reject(line, index, "/ms_code", "vote.not-on-council", member + " (" + member.name()
          + ") was not a member of the Council on " + date);
      return;
    }
    Optional<String> permanent = columns.opt(row, "permanent_member");
    if (permanent.isPresent()) {
      String p = permanent.get().toLowerCase(Locale.ROOT);
      if (!p.equals("true") && !p.equals("false")) {
        reject(line, index, "/permanent_member", "field.format", "permanent_member must be True or False: '"
            + permanent.get() + "'");
        return;
      }
      if (p.equals("true") != council.isPermanent(member)) {
        reject(line, index, "/permanent_member", "member.permanent-contradicts", "permanent_member is "
            + permanent.get() + " but " + member + " (" + member.name() + ") "
            + (council.isPermanent(member) ? "held" : "did not hold") + " a permanent seat on " + date);
        return;
      }
    }
    for (int k = 0; k < votes.size(); k++) {
      if (votes.get(k).member().equals(member)) {
        reject(line, index, "/ms_code", "vote.duplicate", member + " must vote once on " + label()
            + ": it has a row at line " + voteLines.get(k) + " too");
        return;
      }
    }
    noteWithoutVote(columns.get(row, "vote_note"));
    if (vote.equals("X")) {
      nonVoting++;
    }
    votes.add(Vote.of(member, position));
    voteLines.add(line);
    voteIndexes.add(index);
  }

  /**
   * Notes an adoption without a vote from a vote note ("without a vote", "acclamation") or the
   * {@code modality} column ("without", "acclamation"); acclamation once said is kept.
   */
  private void noteWithoutVote(String note) {
    String n = note.toLowerCase(Locale.ROOT);
    String modality = columns.get(first, "modality").toLowerCase(Locale.ROOT);
    if (n.contains("acclamation")) {
      acclamation = true;
      withoutVote = note;
    } else if (n.contains("without a vote") || n.contains("without vote") || n.contains("without voting")) {
      withoutVote = note;
    } else if (withoutVote == null && (modality.contains("without") || modality.contains("acclamation"))) {
      acclamation |= modality.contains("acclamation");
      withoutVote = columns.get(first, "modality");
    }
  }

  /**
   * What an X means, from the member's vote note: ABSENT where it says absent or not present,
   * NOT_PARTICIPATING where it says not participating; otherwise NOT_PARTICIPATING with a flag.
   */
  private VotePosition nonVoting(String note, String name, MemberState member) {
    VotePosition p = kind(note.toLowerCase(Locale.ROOT));
    if (p == null) {
      // a note naming several members: the clause that names this one
      for (String clause : note.toLowerCase(Locale.ROOT).split("[.;]")) {
        boolean names = (!name.isEmpty() && clause.contains(name.toLowerCase(Locale.ROOT)))
            || clause.contains(member.name().toLowerCase(Locale.ROOT));
        if (names && kind(clause) != null) {
          return kind(clause);
        }
      }
      flags.add(NON_VOTING_UNSPECIFIED + ": " + member + " is coded X (non-voting) and the vote note"
          + (note.isEmpty() ? " is empty" : " ('" + note + "') does not say") + " whether it was absent or"
          + " not participating; read as NOT_PARTICIPATING");
      return VotePosition.NOT_PARTICIPATING;
    }
    return p;
  }

  /** ABSENT or NOT_PARTICIPATING if the text says exactly one of them, else null. */
  private static @Nullable VotePosition kind(String text) {
    boolean absent = text.contains("absent") || text.contains("not present");
    boolean notParticipating = text.contains("not participat") || text.contains("non-participat")
        || text.contains("present and not voting") || text.contains("present but not voting");
    if (absent == notParticipating) {
      return null;
    }
    return absent ? VotePosition.ABSENT : VotePosition.NOT_PARTICIPATING;
  }

  private void reject(int line, int index, String pointer, String code, String message) {
    rejected.add(line);
    problems.accept(Problem.error(pointer, code, "row " + line + " (" + label() + "): " + message).at(index, line));
  }

  private String label() {
    String r = columns.get(first, "resolution");
    return r.isEmpty() ? "undl_id " + key : r;
  }

  /**
   * The record of this resolution, once every row has been added.
   *
   * @return the record, or null if it cannot be built (the problem has been passed on)
   */
  public @Nullable VoteRecord finish() {
    if (votes.size() > council.nominalSize()) {
      problems.accept(Problem.error("", "votes.more-than-seats", "row " + firstLine + " (" + label()
          + "): number of members voting must be at most the Council's " + council.nominalSize() + " seats on "
          + date + ": " + votes.size() + " rows (is this a General Assembly file?)").at(firstIndex, firstLine));
      return null;
    }
    DocumentSymbol resolution = symbol("resolution", true);
    if (resolution == null) {
      return null;
    }
    DocumentSymbol draft = symbol("draft", false);
    DocumentSymbol meeting = symbol("meeting", false);
    Optional<Tally> reported = tally();
    List<Vote> kept = votes;
    if (withoutVote != null) {
      for (int k = 0; k < votes.size(); k++) {
        if (votes.get(k).position() != VotePosition.YES) {
          reject(voteLines.get(k), voteIndexes.get(k), "/ms_vote", "vote.without-vote-contradicts",
              "the resolution was adopted without a vote ('" + withoutVote + "'), yet "
                  + votes.get(k).member() + " is recorded " + votes.get(k).position());
        }
      }
      // no vote was taken: the file's Y rows and tally are its convention, not votes cast
      kept = List.of();
      flags.removeIf(f -> f.startsWith(NON_VOTING_UNSPECIFIED));
      reported = Optional.empty();
    } else if (reported.isPresent()) {
      compare(reported.get());
    }
    if (!rejected.isEmpty()) {
      flags.add(ROWS_REJECTED + ": " + rejected.size() + " row" + (rejected.size() == 1 ? "" : "s")
          + " of this resolution not read (line" + (rejected.size() == 1 ? " " : "s ") + joined(rejected)
          + "); see the import's problems");
    }
    Proposal.Builder p = Proposal.builder()
        .date(date)
        .subject(columns.opt(first, "description").orElse("Security Council resolution " + resolution));
    if (draft != null) {
      p.symbol(draft);
    }
    columns.opt(first, "agenda").ifPresent(agenda -> {
      p.agendaItem(agenda);
      // the rules that classify the bundled vetoes: a situation the agenda names, else the agenda as its text
      situationOf.apply(agenda).ifPresent(p::situation);
    });
    String id = columns.get(first, "undl_id");
    VoteRecord.Builder r = VoteRecord.builder()
        .id(resolution.toString())
        .date(date)
        .addDocuments(resolution)
        .votes(kept)
        .modality(withoutVote == null ? DecisionModality.RECORDED_VOTE
            : acclamation ? DecisionModality.BY_ACCLAMATION : DecisionModality.WITHOUT_VOTE)
        .recordedOutcome(Outcome.ADOPTED)
        .source("UN Digital Library, Security Council Voting Data, file " + file
            + (id.isEmpty() ? "" : ", undl_id " + id)
            + columns.opt(first, "undl_link").map(l -> ": " + l).orElse(""))
        .flags(flags);
    reported.ifPresent(r::reportedTally);
    if (meeting != null) {
      r.meeting(meeting);
    }
    try {
      return r.proposal(p.build()).build();
    } catch (IllegalArgumentException e) {
      problems.accept(Problem.error("", "record.invalid", "row " + firstLine + " (" + label() + "): "
          + e.getMessage()).at(firstIndex, firstLine));
      return null;
    }
  }

  /** A symbol column of the first row; a resolution symbol written without the space before its year is read. */
  private @Nullable DocumentSymbol symbol(String column, boolean required) {
    String s = columns.get(first, column);
    if (s.isEmpty()) {
      if (required) {
        problems.accept(Problem.error("/" + column, "field.required", "row " + firstLine + ": " + column
            + " must not be empty").at(firstIndex, firstLine));
      }
      return null;
    }
    try {
      return DocumentSymbol.parse(s.matches("S/RES/[0-9]+\\([0-9]{4}\\)") ? s.replace("(", " (") : s);
    } catch (SymbolParseException e) {
      if (required) {
        problems.accept(Problem.error("/" + column, "symbol.format", "row " + firstLine + ": " + column
            + " must be a document symbol: " + e.getMessage()).at(firstIndex, firstLine));
      } else {
        problems.accept(Problem.warning("/" + column, "symbol.format", "row " + firstLine + " (" + label()
            + "): " + column + " is not a document symbol and is left out: " + e.getMessage())
            .at(firstIndex, firstLine));
      }
      return null;
    }
  }

  private Optional<Tally> tally() {
    String[] cols = {"total_yes", "total_no", "total_abstentions"};
    int[] v = new int[3];
    for (int k = 0; k < cols.length; k++) {
      String s = columns.get(first, cols[k]);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      Integer n = count(cols[k], s);
      if (n == null) {
        return Optional.empty();
      }
      v[k] = n;
    }
    try {
      return Optional.of(Tally.of(v[0], v[1], v[2]));
    } catch (IllegalArgumentException e) {
      problems.accept(Problem.warning("/total_yes", "tally.invalid", "row " + firstLine + " (" + label()
          + "): the reported tally is left out: " + e.getMessage()).at(firstIndex, firstLine));
      return Optional.empty();
    }
  }

  private @Nullable Integer count(String column, String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      problems.accept(Problem.warning("/" + column, "tally.format", "row " + firstLine + " (" + label() + "): "
          + column + " must be a whole number; the reported tally is left out: '" + s + "'")
          .at(firstIndex, firstLine));
      return null;
    }
  }

  /**
   * The reported counts against the rows: a contradiction is a warning (the record keeps both).
   * The non-voting and member counts are compared only when no row of the resolution was lost.
   */
  private void compare(Tally t) {
    List<String> diffs = new ArrayList<>();
    TallyComparison c = TallyComparison.of(t, votes);
    if (c.contradicts()) {
      diffs.add(c.toString());
    }
    String nv = columns.get(first, "total_non_voting");
    if (rejected.isEmpty() && !nv.isEmpty() && !nv.equals(String.valueOf(nonVoting))) {
      diffs.add("total_non_voting " + nv + ", rows coded X " + nonVoting);
    }
    String ms = columns.get(first, "total_ms");
    if (rejected.isEmpty() && !ms.isEmpty() && !ms.equals(String.valueOf(votes.size()))) {
      diffs.add("total_ms " + ms + ", rows " + votes.size());
    }
    if (!diffs.isEmpty()) {
      problems.accept(Problem.warning("/total_yes", "tally.mismatch", "row " + firstLine + " (" + label()
          + "): the reported tally must match the rows: " + String.join("; ", diffs)).at(firstIndex, firstLine));
    }
  }

  private static String joined(List<Integer> lines) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < lines.size() && k < 10; k++) {
      b.append(k == 0 ? "" : ", ").append(lines.get(k));
    }
    return lines.size() > 10 ? b + ", ..." : b.toString();
  }

  @Override
  public String toString() {
    return "UndlResolution{" + label() + ", " + votes.size() + " votes}";
  }
}
