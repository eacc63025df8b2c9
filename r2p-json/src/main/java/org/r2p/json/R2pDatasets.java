package org.r2p.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DatePrecision;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Csv;

/**
 * The bundled datasets as core values: every veto since 1946 (with per-member votes and
 * tallies where known), Council membership by year, commitment adherence with dates, and the
 * GA res 76/262 debates. Sources and doubts are kept per record: the record's
 * {@link VoteRecord#source()} and {@link VoteRecord#flags()}, and each adherence's source and
 * note. See {@code org/r2p/json/data/PROVENANCE.md} and {@code README.md} beside the files.
 *
 * <pre>{@code
 * R2pDatasets data = R2pDatasets.bundled();
 * List<VoteRecord> vetoes = data.vetoes();
 * CouncilHistory history = data.councilHistory();
 * }</pre>
 *
 * <p>Loaded once, on first use; immutable and thread-safe.
 */
public final class R2pDatasets {
  /** The first day of the PRC's tenure of the China seat; earlier CHN rows are the ROC. */
  private static final LocalDate PRC_FROM = LocalDate.of(1971, 10, 25);

  private final List<VoteRecord> vetoes;
  private final List<ElectedTerm> terms;
  private final CouncilHistory history;
  private final CommitmentRegistry commitments;
  private final List<GaVetoDebate> debates;

  private R2pDatasets() {
    this.terms = loadTerms();
    this.history = CouncilHistory.of(terms);
    this.vetoes = loadVetoes();
    this.commitments = loadCommitments();
    this.debates = loadDebates();
  }

  private static final class Holder {
    static final R2pDatasets BUNDLED = load();
  }

  /**
   * Loads the bundled files afresh, without the cache of {@link #bundled()}: for tests that
   * must see the loading code run.
   *
   * @return new datasets
   */
  static R2pDatasets load() {
    return new R2pDatasets();
  }

  /**
   * The bundled datasets, loaded on first call.
   *
   * @return the datasets
   */
  public static R2pDatasets bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Every vetoed proposal 1946–2025, one record per vetoed draft, amendment or preliminary
   * question (230), in the order of the veto list. Per-member votes where the source has
   * them (68 drafts), the reported tally, the vetoing members as recorded, the source and
   * flags.
   *
   * @return the records
   */
  public List<VoteRecord> vetoes() {
    return vetoes;
  }

  /**
   * The elected members, one term per member per calendar year, 1946–2026.
   *
   * @return the terms
   */
  public List<ElectedTerm> electedTerms() {
    return terms;
  }

  /**
   * The Council's composition through time, from {@link #electedTerms()}.
   *
   * @return the history
   */
  public CouncilHistory councilHistory() {
    return history;
  }

  /**
   * Who adhered to which commitment, and when: ACT Code supporters as far as known (the list
   * is incomplete), France's and the UK's pledges, and the France–Mexico declaration's
   * presenters (its list is incomplete too).
   *
   * @return the registry
   */
  public CommitmentRegistry commitments() {
    return commitments;
  }

  /**
   * The GA meetings held under GA res 76/262, as far as the (incomplete) list goes.
   *
   * @return the debates
   */
  public List<GaVetoDebate> gaVetoDebates() {
    return debates;
  }

  // ---------------------------------------------------------------------------------------

  /** Decodes a code of the source: CHN before 1971-10-25 is the Republic of China. */
  static MemberState state(String code, String name, LocalDate date) {
    if (code.isEmpty()) {
      if (name.equals("United Arab Republic")) {
        return MemberStates.UNITED_ARAB_REPUBLIC;
      }
      throw new IllegalArgumentException("no state code for '" + name + "'");
    }
    if (code.equals("CHN") && date.isBefore(PRC_FROM)) {
      return MemberStates.REPUBLIC_OF_CHINA;
    }
    return MemberStates.byCode(code)
        .filter(s -> !name.isEmpty())
        .map(s -> MemberState.of(code, name))
        .orElseGet(() -> MemberState.of(code, name.isEmpty() ? code : name));
  }

  private static List<ElectedTerm> loadTerms() {
    List<ElectedTerm> out = new ArrayList<>();
    for (Csv.Row r : Csv.resource("unsc_elected_members_by_year.csv")) {
      int year = Integer.parseInt(r.get("year"));
      MemberState s = state(r.get("member_iso3"), r.get("member_name"), LocalDate.of(year, 1, 1));
      List<String> notes = new ArrayList<>();
      if (!r.get("note").isEmpty()) {
        notes.add(r.get("note"));
      }
      if (r.get("member_iso3").isEmpty()) {
        notes.add("no code in source; " + s.code() + " assigned by r2p");
      }
      if (!r.get("term_as_listed").isEmpty()) {
        notes.add("term as listed: " + r.get("term_as_listed"));
      }
      out.add(ElectedTerm.ofYear(s, year)
          .withSource(r.get("source"))
          .withNote(notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes))));
    }
    return List.copyOf(out);
  }

  private static List<VoteRecord> loadVetoes() {
    Map<String, List<Csv.Row>> votesBySymbol = new LinkedHashMap<>();
    for (Csv.Row r : Csv.resource("unsc_vetoed_draft_votes.csv")) {
      votesBySymbol.computeIfAbsent(r.get("draft_symbol"), k -> new ArrayList<>()).add(r);
    }
    Map<String, Csv.Row> tallies = new HashMap<>();
    for (Csv.Row r : Csv.resource("unsc_vetoed_draft_tallies.csv")) {
      tallies.put(r.get("draft_symbol"), r);
    }
    Map<String, Csv.Row> aims = new HashMap<>();
    for (Csv.Row r : Csv.resource("r2p_atrocity_assessments.csv")) {
      aims.put(r.get("draft_symbol"), r);
    }
    List<VoteRecord> out = new ArrayList<>();
    for (Csv.Row r : Csv.resource("unsc_vetoes.csv")) {
      try {
        out.add(vetoRecord(r, votesBySymbol, tallies, aims));
      } catch (RuntimeException e) {
        throw new IllegalStateException("bundled data " + r.where() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  private static VoteRecord vetoRecord(
      Csv.Row r, Map<String, List<Csv.Row>> votesBySymbol, Map<String, Csv.Row> tallies, Map<String, Csv.Row> aims) {
    LocalDate date = LocalDate.parse(r.get("date"));
    String draftText = r.get("draft_symbol");
    List<String> flags = new ArrayList<>();
    for (String f : r.get("flags").split("\\|")) {
      if (!f.isBlank()) {
        flags.add(f.trim());
      }
    }
    if (!r.get("meeting_record_status").isEmpty() && !r.get("meeting_record_status").equals("as_in_DHL_scrape")) {
      flags.add("meeting_record_status:" + r.get("meeting_record_status"));
    }
    if (!r.get("corroboration").isEmpty()) {
      flags.add("corroboration:" + r.get("corroboration"));
    }
    boolean noDraftSymbol = flags.stream().anyMatch(f -> f.startsWith("no_draft_symbol_in_source"));
    List<DocumentSymbol> draftSymbols = DocumentSymbol.findAll(draftText);
    List<DocumentSymbol> documents = new ArrayList<>();
    Optional<DocumentSymbol> symbol = Optional.empty();
    for (DocumentSymbol s : draftSymbols) {
      if (symbol.isEmpty() && !noDraftSymbol && s.kind() == DocumentSymbol.Kind.DOCUMENT) {
        symbol = Optional.of(s);
      } else {
        documents.add(s);
      }
    }
    if (!draftText.equals(symbol.map(Object::toString).orElse(""))) {
      flags.add("draft_symbol_as_written:" + draftText);
    }
    Optional<DocumentSymbol> meeting = Optional.empty();
    for (DocumentSymbol s : DocumentSymbol.findAll(r.get("meeting_record"))) {
      if (s.kind() == DocumentSymbol.Kind.MEETING_RECORD && meeting.isEmpty()) {
        meeting = Optional.of(s);
      } else if (!documents.contains(s)) {
        documents.add(s);
      }
    }
    String agenda = r.get("agenda_item");
    ProposalKind kind = flags.stream().anyMatch(f -> f.startsWith("AMENDMENT_NOT_DRAFT_RESOLUTION"))
        ? ProposalKind.AMENDMENT
        : agenda.toLowerCase(java.util.Locale.ROOT).contains("preliminary question")
            ? ProposalKind.PRELIMINARY_QUESTION
            : ProposalKind.DRAFT_RESOLUTION;
    String topic = r.get("topic");
    Proposal.Builder p = Proposal.builder()
        .kind(kind)
        .symbol(symbol)
        .date(date)
        .subject(!topic.isEmpty() ? topic : !agenda.isEmpty() ? agenda : "(subject not recorded)")
        .situation(agenda.isEmpty() ? Optional.empty() : Optional.of(agenda));
    Csv.Row aim = aims.get(symbol.map(Object::toString).orElse(draftText));
    if (aim != null) {
      AtrocityAim.Builder a = AtrocityAim.builder()
          .assessment(Assessment.valueOf(aim.get("assessment")))
          .purpose(Purpose.valueOf(aim.get("purpose")))
          .assertedBy(aim.get("asserted_by"))
          .source(aim.get("source"));
      for (String c : aim.get("crimes").split(";")) {
        if (!c.isBlank()) {
          a.addCrimes(AtrocityCrime.valueOf(c.trim()));
        }
      }
      if (!aim.get("large_scale").isEmpty()) {
        a.largeScale(Boolean.parseBoolean(aim.get("large_scale")));
      }
      p.atrocityAim(a.build());
    }
    VoteRecord.Builder b = VoteRecord.builder()
        .id(r.get("veto_id"))
        .proposal(p.build())
        .date(date)
        .meeting(meeting)
        .documents(documents)
        .recordedOutcome(Outcome.FAILED_VETO)
        .source(r.get("source"));
    for (String code : r.get("vetoing_members_iso3").split(";")) {
      b.addRecordedVetoes(vetoer(code.trim(), date));
    }
    List<Csv.Row> votes = votesBySymbol.getOrDefault(draftText, List.of());
    String votesSource = null;
    for (Csv.Row v : votes) {
      if (!v.get("date").equals(r.get("date"))) {
        String flag = "date_differs_in_votes_file(" + v.get("date") + ")";
        if (!flags.contains(flag)) {
          flags.add(flag);
        }
      }
      b.addVotes(Vote.of(state(v.get("member_iso3"), v.get("member_name"), date),
          VotePosition.ofLetter(v.get("vote").charAt(0))));
      if (!v.get("note").isEmpty()) {
        String flag = "vote_note:" + v.get("note");
        if (!flags.contains(flag)) {
          flags.add(flag);
        }
      }
      votesSource = v.get("source");
    }
    Csv.Row t = tallies.get(draftText);
    if (t != null) {
      b.reportedTally(Tally.of(Integer.parseInt(t.get("yes")), Integer.parseInt(t.get("no")),
          Integer.parseInt(t.get("abstain"))));
      if (t.get("news_check").startsWith("DISAGREES")) {
        flags.add("tally_disputed:" + t.get("news_check") + " (news: " + t.get("news_reported_tally") + ")");
      }
      if (!t.get("note").isEmpty() && !t.get("note").startsWith("S/PV.")) {
        flags.add("tally_note:" + t.get("note"));
      }
      if (votesSource == null) {
        votesSource = t.get("source");
      }
    }
    if (votesSource != null && !votesSource.equals(r.get("source"))) {
      b.source(r.get("source") + " ; votes: " + votesSource);
    }
    return b.flags(flags).build();
  }

  private static MemberState vetoer(String code, LocalDate date) {
    MemberState s = state(code, "", date);
    PermanentSeat seat = PermanentSeat.everHeldBy(s)
        .orElseThrow(() -> new IllegalArgumentException("vetoing member is not a permanent member: " + code));
    return seat.holderOn(date).equals(s) ? seat.holderOn(date) : s;
  }

  private static CommitmentRegistry loadCommitments() {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder()
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .completeness(Instrument.FRANCE_MEXICO_DECLARATION, Completeness.PARTIAL);
    for (Csv.Row r : Csv.resource("act_code_of_conduct_supporters_PARTIAL.csv")) {
      b.add(Adherence.builder()
          .state(state(r.get("iso3"), r.get("state_name"), LocalDate.of(2015, 1, 1)))
          .instrument(Instrument.ACT_CODE_OF_CONDUCT)
          .from(LocalDate.parse(r.get("supporter_as_of")))
          .precision(DatePrecision.NOT_LATER_THAN)
          .source(r.get("source"))
          .note(r.get("basis")
              + (r.get("act_group_member").equals("yes") ? "; ACT Group member" : ""))
          .build());
    }
    for (Csv.Row r : Csv.resource("r2p_commitments.csv")) {
      if (r.get("relation").equals("DOES_NOT_ADHERE")) {
        b.addNonAdherence(new NonAdherence(
            state(r.get("iso3"), r.get("state_name"), LocalDate.parse(r.get("from"))),
            Instrument.valueOf(r.get("instrument")), LocalDate.parse(r.get("from")),
            r.get("source") + (r.get("note").isEmpty() ? "" : "; " + r.get("note"))));
        continue;
      }
      b.add(Adherence.builder()
          .state(state(r.get("iso3"), r.get("state_name"), LocalDate.parse(r.get("from"))))
          .instrument(Instrument.valueOf(r.get("instrument")))
          .from(LocalDate.parse(r.get("from")))
          .to(r.get("to").isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(r.get("to"))))
          .precision(DatePrecision.valueOf(r.get("precision")))
          .source(r.get("source"))
          .note(r.get("note").isEmpty() ? Optional.empty() : Optional.of(r.get("note")))
          .build());
    }
    return b.build();
  }

  private static List<GaVetoDebate> loadDebates() {
    List<GaVetoDebate> out = new ArrayList<>();
    for (Csv.Row r : Csv.resource("ga_veto_initiative_debates.csv")) {
      String veto = r.get("veto_date");
      boolean thematic = veto.startsWith("(");
      List<DocumentSymbol> draft = DocumentSymbol.findAll(r.get("draft_symbol"));
      out.add(new GaVetoDebate(
          thematic || veto.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(veto)),
          draft.isEmpty() ? Optional.empty() : Optional.of(draft.get(0)),
          r.get("vetoing_members").isEmpty() ? List.of() : Arrays.asList(r.get("vetoing_members").split(";")),
          r.get("subject"),
          r.get("ga_debate_date").isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(r.get("ga_debate_date"))),
          r.get("ga_session"),
          r.get("ga_meetings"),
          r.get("press_release"),
          r.get("source"),
          thematic ? ("thematic debate; " + r.get("note")) : r.get("note")));
    }
    return List.copyOf(out);
  }

  /**
   * The names the bundled data gives each state code, for display.
   *
   * @return code to name, sorted by code
   */
  public Map<String, String> stateNames() {
    Map<String, String> m = new TreeMap<>();
    for (ElectedTerm t : terms) {
      m.putIfAbsent(t.state().code(), t.state().name());
    }
    for (VoteRecord r : vetoes) {
      for (Vote v : r.votes()) {
        m.putIfAbsent(v.member().code(), v.member().name());
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
