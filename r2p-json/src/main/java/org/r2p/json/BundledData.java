package org.r2p.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.CouncilHistory;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.Confidence;
import org.r2p.core.DatePrecision;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Holiday;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.Situation;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvMapping;
import org.r2p.json.internal.CsvMapping.Cells;

/**
 * The bundled files, one mapping and one loader per dataset. Each loader reads its file (beside
 * the data's {@code PROVENANCE.md}) through its {@link CsvMapping} and returns core values or
 * the published row types, each row with its source and confidence as written.
 */
final class BundledData {
  /** The first day of the PRC's tenure of the China seat; earlier CHN rows are the ROC. */
  private static final LocalDate PRC_FROM = LocalDate.of(1971, 10, 25);

  /** The day by which the supporters' and positions' states are named (codes of today's states). */
  private static final LocalDate SUPPORTERS_NAMED_ON = LocalDate.of(2015, 1, 1);

  private BundledData() {}

  // --- Council membership -------------------------------------------------------------------

  static final CsvMapping<ElectedTerm> TERMS = CsvMapping.of(r -> {
    int year = r.integer("year");
    MemberState s = state(r.text("member_iso3"), r.text("member_name"), LocalDate.of(year, 1, 1));
    List<String> notes = new ArrayList<>();
    if (!r.text("note").isEmpty()) {
      notes.add(r.text("note"));
    }
    if (r.text("member_iso3").isEmpty()) {
      notes.add("no code in source; " + s.code() + " assigned by r2p");
    }
    if (!r.text("term_as_listed").isEmpty()) {
      notes.add("term as listed: " + r.text("term_as_listed"));
    }
    return ElectedTerm.ofYear(s, year)
        .withSource(r.text("source"))
        .withNote(notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
  });

  static List<ElectedTerm> terms() {
    return TERMS.bundled("unsc_elected_members_by_year.csv");
  }

  /**
   * The Council history of the bundled terms (what {@code R2pDatasets.bundled()} has), loaded
   * once, when first asked for.
   */
  static CouncilHistory history() {
    return BundledHistory.HISTORY;
  }

  private static final class BundledHistory {
    static final CouncilHistory HISTORY = CouncilHistory.of(terms());
  }

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
    // the shared instance where the source names the state as it does: equal in every field,
    // so nothing changes but that records and Councils hold one instance per state
    return MemberStates.byCode(code)
        .filter(s -> !name.isEmpty())
        .map(s -> s.name().equals(name) ? s : MemberState.of(code, name))
        .orElseGet(() -> MemberState.of(code, name.isEmpty() ? code : name));
  }

  // --- situations -----------------------------------------------------------------------------

  static final CsvMapping<SituationClassification> SITUATIONS = CsvMapping.of(r -> {
    if (!r.text("basis").equals("derived")) {
      throw new IllegalStateException("basis must be \"derived\": \"" + r.text("basis") + "\"");
    }
    String key = r.text("situation");
    return new SituationClassification(r.text("veto_id"), r.text("topic"),
        key.equals(Situation.OTHER) ? Situation.other(r.text("topic")) : Situation.of(key),
        r.constant("rule", SituationClassification.Rule.class), r.text("source"));
  });

  static List<SituationClassification> situations() {
    return SITUATIONS.bundled("unsc_veto_situations.csv");
  }

  // --- the veto list, with per-member votes and tallies ---------------------------------------

  /** A row of {@code unsc_vetoed_draft_votes.csv}: one member's vote on a vetoed draft. */
  private record DraftVote(
      String draftSymbol, String date, String memberIso3, String memberName, VotePosition vote, String note,
      String source) {}

  private static final CsvMapping<DraftVote> VOTES = CsvMapping.of(r -> new DraftVote(r.text("draft_symbol"),
      r.text("date"), r.text("member_iso3"), r.text("member_name"),
      r.parse("vote", t -> VotePosition.ofLetter(t.charAt(0))), r.text("note"), r.text("source")));

  /** A row of {@code unsc_vetoed_draft_tallies.csv}: a vetoed draft's reported tally. */
  private record DraftTally(
      String draftSymbol, int yes, int no, int abstain, String newsCheck, String newsReportedTally, String note,
      String source) {}

  private static final CsvMapping<DraftTally> TALLIES = CsvMapping.of(r -> new DraftTally(r.text("draft_symbol"),
      r.integer("yes"), r.integer("no"), r.integer("abstain"), r.text("news_check"), r.text("news_reported_tally"),
      r.text("note"), r.text("source")));

  /**
   * The veto list, each record with its situation (checked against the rules that classify
   * imported agendas), votes, tally, atrocity assessment and GA debate facts.
   */
  static List<VoteRecord> vetoes(
      List<GaVetoDebate> debates, List<SituationClassification> situations, List<SourcedAssessment> assessments) {
    Map<String, SituationClassification> situationById = new HashMap<>();
    for (SituationClassification c : situations) {
      if (situationById.put(c.vetoId(), c) != null) {
        throw new IllegalStateException("bundled data unsc_veto_situations.csv: " + c.vetoId() + " is classified twice");
      }
    }
    Map<String, List<DraftVote>> votesBySymbol = new LinkedHashMap<>();
    for (DraftVote v : VOTES.bundled("unsc_vetoed_draft_votes.csv")) {
      votesBySymbol.computeIfAbsent(v.draftSymbol(), k -> new ArrayList<>()).add(v);
    }
    Map<String, DraftTally> tallies = new HashMap<>();
    for (DraftTally t : TALLIES.bundled("unsc_vetoed_draft_tallies.csv")) {
      tallies.put(t.draftSymbol(), t);
    }
    Map<String, AtrocityAim> sourcedAims = new HashMap<>();
    for (SourcedAssessment a : assessments) {
      sourcedAims.put(a.vetoId(), sourcedAim(a));
    }
    List<VoteRecord> out = CsvMapping.of(r -> {
      SituationClassification situation = situationById.remove(r.text("veto_id"));
      if (situation == null || !situation.topic().equals(r.text("topic"))) {
        throw new IllegalStateException("unsc_veto_situations.csv must classify " + r.text("veto_id")
            + " with its topic \"" + r.text("topic") + "\": " + situation);
      }
      // the table is what the rules give: the same rules classify imported agendas
      SituationRules.Result byRules = SituationRules.classify(r.text("topic"), r.text("agenda_item")).orElseThrow();
      if (!byRules.situation().equals(situation.situation()) || byRules.rule() != situation.rule()) {
        throw new IllegalStateException("unsc_veto_situations.csv classifies " + r.text("veto_id") + " as "
            + situation.situation().key() + " (" + situation.rule() + "); the rules give " + byRules.situation().key()
            + " (" + byRules.rule() + ")");
      }
      VoteRecord v = vetoRecord(r, situation.situation(), votesBySymbol, tallies, sourcedAims);
      for (GaVetoDebate d : debates) {
        if (d.vetoId().equals(v.id())) {
          v = v.withGaEmergencySpecialSession(d.emergencySpecialSession());
        }
      }
      return v;
    }).bundled("unsc_vetoes.csv");
    if (!situationById.isEmpty()) {
      throw new IllegalStateException("unsc_veto_situations.csv classifies vetoes not in the veto list: "
          + new TreeSet<>(situationById.keySet()));
    }
    return out;
  }

  private static VoteRecord vetoRecord(
      Cells r, Situation situation, Map<String, List<DraftVote>> votesBySymbol, Map<String, DraftTally> tallies,
      Map<String, AtrocityAim> sourcedAims) {
    LocalDate date = r.date("date");
    String draftText = r.text("draft_symbol");
    List<String> flags = new ArrayList<>();
    for (String f : r.text("flags").split("\\|")) {
      if (!f.isBlank()) {
        flags.add(f.trim());
      }
    }
    if (!r.text("meeting_record_status").isEmpty() && !r.text("meeting_record_status").equals("as_in_DHL_scrape")) {
      flags.add("meeting_record_status:" + r.text("meeting_record_status"));
    }
    if (!r.text("corroboration").isEmpty()) {
      flags.add("corroboration:" + r.text("corroboration"));
    }
    boolean noDraftSymbol = flags.stream().anyMatch(f -> f.startsWith("no_draft_symbol_in_source"));
    List<DocumentSymbol> documents = new ArrayList<>();
    Optional<DocumentSymbol> symbol = Optional.empty();
    for (DocumentSymbol s : DocumentSymbol.findAll(draftText)) {
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
    for (DocumentSymbol s : DocumentSymbol.findAll(r.text("meeting_record"))) {
      if (s.kind() == DocumentSymbol.Kind.MEETING_RECORD && meeting.isEmpty()) {
        meeting = Optional.of(s);
      } else if (!documents.contains(s)) {
        documents.add(s);
      }
    }
    String agenda = r.text("agenda_item");
    ProposalKind kind = flags.stream().anyMatch(f -> f.startsWith("AMENDMENT_NOT_DRAFT_RESOLUTION"))
        ? ProposalKind.AMENDMENT
        : agenda.toLowerCase(Locale.ROOT).contains("preliminary question")
            ? ProposalKind.PRELIMINARY_QUESTION
            : ProposalKind.DRAFT_RESOLUTION;
    String topic = r.text("topic");
    Proposal.Builder p = Proposal.builder()
        .kind(kind)
        .symbol(symbol)
        .date(date)
        .subject(!topic.isEmpty() ? topic : !agenda.isEmpty() ? agenda : "(subject not recorded)")
        .agendaItem(agenda.isEmpty() ? Optional.empty() : Optional.of(agenda))
        .situation(situation);
    AtrocityAim aim = sourcedAims.get(r.text("veto_id"));
    if (aim != null) {
      p.atrocityAim(aim);
    }
    String source = r.text("source");
    VoteRecord.Builder b = VoteRecord.builder()
        .id(r.text("veto_id"))
        .proposal(p.build())
        .date(date)
        .meeting(meeting)
        .documents(documents)
        .recordedOutcome(Outcome.FAILED_VETO)
        .source(source);
    for (String code : r.text("vetoing_members_iso3").split(";")) {
      b.addRecordedVetoCasts(vetoer(code.trim(), date));
    }
    String votesSource = null;
    for (DraftVote v : votesBySymbol.getOrDefault(draftText, List.of())) {
      if (!v.date().equals(r.text("date"))) {
        addOnce(flags, "date_differs_in_votes_file(" + v.date() + ")");
      }
      b.addVotes(Vote.of(state(v.memberIso3(), v.memberName(), date), v.vote()));
      if (!v.note().isEmpty()) {
        addOnce(flags, "vote_note:" + v.note());
      }
      votesSource = v.source();
    }
    DraftTally t = tallies.get(draftText);
    if (t != null) {
      b.reportedTally(Tally.of(t.yes(), t.no(), t.abstain()));
      if (t.newsCheck().startsWith("DISAGREES")) {
        flags.add("tally_disputed:" + t.newsCheck() + " (news: " + t.newsReportedTally() + ")");
      }
      if (!t.note().isEmpty() && !t.note().startsWith("S/PV.")) {
        flags.add("tally_note:" + t.note());
      }
      if (votesSource == null) {
        votesSource = t.source();
      }
    }
    if (votesSource != null && !votesSource.equals(source)) {
      b.source(source + " ; votes: " + votesSource);
    }
    return b.flags(flags).build();
  }

  private static void addOnce(List<String> flags, String flag) {
    if (!flags.contains(flag)) {
      flags.add(flag);
    }
  }

  private static MemberState vetoer(String code, LocalDate date) {
    MemberState s = state(code, "", date);
    PermanentSeat seat = PermanentSeat.everHeldBy(s)
        .orElseThrow(() -> new IllegalArgumentException("vetoing member is not a permanent member: " + code));
    return seat.holderOn(date).equals(s) ? seat.holderOn(date) : s;
  }

  // --- atrocity assessments -----------------------------------------------------------------

  static List<SourcedAssessment> assessments() {
    return SourcedAssessment.CSV.bundled("sourced/atrocity_assessments.csv");
  }

  /**
   * A row of {@code sourced/atrocity_assessments.csv} as an assertion: the assessment is the
   * row's {@code aims_to_end_or_prevent} (a YES there is always made about a situation
   * characterised as atrocity crimes by a named source), the crimes are those the
   * characterisation names as committed (none where the draft is assessed as not aimed at them;
   * the row keeps them as written), the asserter is the characterising source, the timing the
   * characterisation's. A part of {@code crimes_named} that speaks of a risk ("risk of
   * genocide", "genocide risk", rights "plausible" under the Genocide Convention) names no crime
   * committed: it is kept in the note as a risk, never counted as a crime.
   */
  static AtrocityAim sourcedAim(SourcedAssessment r) {
    Assessment aims = r.aims();
    String named = r.crimesNamed();
    boolean characterised = r.characterisation() == Assessment.YES;
    AtrocityAim.Builder a = AtrocityAim.builder()
        .assessment(aims)
        .purpose(Purpose.PRIMARY)
        .assertedBy(characterised
            ? r.characterisedBy()
            : "atrocity_assessments.csv (no characterisation of the crimes: " + r.characterisedBy() + ")")
        .source(r.source());
    List<String> risks = new ArrayList<>();
    if (characterised) {
      for (String part : named.split(";")) {
        if (isRisk(part)) {
          // a risk names no crime committed: the crimes it names are only risked
          risks.add(part.trim());
          if (aims != Assessment.NO) {
            a.addAllRisked(crimesNamed(part));
          }
        } else if (aims != Assessment.NO) {
          a.addAllCrimes(crimesNamed(part));
        }
      }
    }
    r.timing().ifPresent(a::timing);
    List<String> note = new ArrayList<>();
    note.add("crimes characterised: " + r.crimesCharacterised() + (named.isEmpty() ? "" : " (" + named + ")"));
    if (!risks.isEmpty()) {
      note.add("a risk, not a finding of crimes committed: " + String.join("; ", risks));
    }
    if (!r.characterisationTiming().isEmpty()) {
      note.add("timing: " + r.characterisationTiming());
    }
    note.add("draft: " + r.draftPurpose());
    note.add("summary: " + r.compilerSummary());
    if (!r.note().isEmpty()) {
      note.add(r.note());
    }
    note.add("confidence: " + r.confidence());
    return a.note(String.join("; ", note)).build();
  }

  /** Whether a part of {@code crimes_named} speaks of a risk of crimes rather than crimes committed. */
  static boolean isRisk(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return lower.contains("risk") || lower.contains("plausib");
  }

  /** The crimes a characterisation names in words, ethnic cleansing included. */
  static Set<AtrocityCrime> crimesNamed(String named) {
    String lower = named.toLowerCase(Locale.ROOT);
    Set<AtrocityCrime> out = EnumSet.noneOf(AtrocityCrime.class);
    if (lower.contains("genocide")) {
      out.add(AtrocityCrime.GENOCIDE);
    }
    if (lower.contains("crimes against humanity")) {
      out.add(AtrocityCrime.CRIMES_AGAINST_HUMANITY);
    }
    if (lower.contains("war crime")) {
      out.add(AtrocityCrime.WAR_CRIMES);
    }
    if (lower.contains("ethnic cleansing")) {
      out.add(AtrocityCrime.ETHNIC_CLEANSING);
    }
    return out;
  }

  // --- commitments ----------------------------------------------------------------------------

  static final CsvMapping<InitiativePosition> POSITIONS = CsvMapping.of(r -> new InitiativePosition(
      r.text("iso3").isEmpty() ? Optional.empty()
          : Optional.of(state(r.text("iso3"), r.text("state_name"), SUPPORTERS_NAMED_ON)),
      r.text("state_name"), r.checked("initiative", InitiativePosition.Initiative::valueOf),
      r.checked("status", InitiativePosition.Status::valueOf), r.text("statement"), r.text("statement_date"),
      r.text("source"), r.checked("confidence", Confidence::parse)));

  static List<InitiativePosition> positions() {
    return POSITIONS.bundled("sourced/known_non_adherence.csv");
  }

  private static final CsvMapping<Adherence> ACT_CODE_SUPPORTERS = CsvMapping.of(r -> supporter(r,
      Instrument.ACT_CODE_OF_CONDUCT, r.text("date_basis"),
      r.text("act_group_member_2015").equals("yes") ? "ACT Group member" : ""));

  private static final CsvMapping<Adherence> FRANCE_MEXICO_SUPPORTERS = CsvMapping.of(r -> supporter(r,
      Instrument.FRANCE_MEXICO_DECLARATION, r.text("status"), r.text("date_basis")));

  /**
   * A named supporter of a partial list: joined not later than the row's date, with its
   * source; the note joins the given parts, the evidence and the confidence as written.
   */
  private static Adherence supporter(Cells r, Instrument instrument, String... noteParts) {
    List<String> note = new ArrayList<>(Arrays.asList(noteParts));
    note.add("evidence: " + r.text("evidence"));
    note.add("confidence: " + r.checked("confidence", Confidence::parse));
    return Adherence.builder()
        .state(state(r.text("iso3"), r.text("state_name"), SUPPORTERS_NAMED_ON))
        .instrument(instrument)
        .from(r.date("joined_not_later_than"))
        .precision(DatePrecision.NOT_LATER_THAN)
        .source(r.text("source"))
        .note(joined(note.toArray(String[]::new)))
        .build();
  }

  /**
   * The registry: the named supporters of the ACT Code and the France–Mexico declaration (both
   * lists partial), the dated refusals and the unilateral pledges among the positions.
   */
  static CommitmentRegistry commitments(List<InitiativePosition> positions) {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder()
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .completeness(Instrument.FRANCE_MEXICO_DECLARATION, Completeness.PARTIAL);
    ACT_CODE_SUPPORTERS.bundled("sourced/act_code_supporters.csv").forEach(b::add);
    FRANCE_MEXICO_SUPPORTERS.bundled("sourced/france_mexico_supporters.csv").forEach(b::add);
    for (InitiativePosition p : positions) {
      if (p.state().isEmpty()) {
        continue; // a statement naming no state (the UK's answer of 2025) decides no state's status
      }
      MemberState state = p.state().get();
      InitiativePosition.Initiative initiative = p.initiativeKind();
      Optional<Instrument> instrument = initiative.instrument();
      if (p.statusKind().refusal() && initiative.multilateral()) {
        // a dated refusal: the state had not joined as of the statement (and so on no earlier day)
        b.addNonAdherence(new NonAdherence(state, instrument.orElseThrow(), LocalDate.parse(p.statementDate()),
            p.source() + " [" + p.status() + ": " + p.statement() + "; confidence: " + p.confidence() + "]"));
      } else if (initiative.pledge()) {
        b.add(pledge(p, state, instrument.orElseThrow()));
      }
    }
    return b.build();
  }

  /**
   * A unilateral pledge as an adherence from the statement's date. A date known to the month
   * only ("2015-09") is the month's last day with precision MONTH: committed from then, unknown
   * earlier that month, not committed before it.
   */
  private static Adherence pledge(InitiativePosition p, MemberState state, Instrument instrument) {
    String date = p.statementDate();
    boolean month = date.length() == 7;
    return Adherence.builder()
        .state(state)
        .instrument(instrument)
        .from(month ? YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date))
        .precision(month ? DatePrecision.MONTH : DatePrecision.DAY)
        .source(p.source())
        .note(joined(p.statement(), month ? "dated to the month in the source (" + date + ")" : "",
            "confidence: " + p.confidence()))
        .build();
  }

  private static String joined(String... parts) {
    List<String> l = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        l.add(p);
      }
    }
    return String.join("; ", l);
  }

  // --- supporter counts -----------------------------------------------------------------------

  private static final CsvMapping<SupporterCount> ACT_CODE_COUNTS = CsvMapping.of(r ->
      count(r, Instrument.ACT_CODE_OF_CONDUCT, r.text("scope")));

  private static final CsvMapping<SupporterCount> FRANCE_MEXICO_COUNTS = CsvMapping.of(r ->
      count(r, Instrument.FRANCE_MEXICO_DECLARATION, Instrument.FRANCE_MEXICO_DECLARATION.name()));

  static List<SupporterCount> counts() {
    List<SupporterCount> out = new ArrayList<>(ACT_CODE_COUNTS.bundled("sourced/act_code_supporter_counts.csv"));
    out.addAll(FRANCE_MEXICO_COUNTS.bundled("sourced/france_mexico_supporter_counts.csv"));
    return List.copyOf(out);
  }

  /** A count; a date known to the month or year is taken as its first day. */
  private static SupporterCount count(Cells r, Instrument instrument, String scope) {
    String date = r.text("as_of_date");
    return new SupporterCount(instrument, scope,
        r.parse("as_of_date", d -> d.length() == 10 ? Optional.of(LocalDate.parse(d))
            : d.length() == 7 ? Optional.of(LocalDate.parse(d + "-01"))
            : d.length() == 4 ? Optional.of(LocalDate.of(Integer.parseInt(d), 1, 1)) : Optional.<LocalDate>empty()),
        date, r.text("date_precision"),
        r.text("count").isEmpty() ? OptionalInt.empty() : OptionalInt.of(r.integer("count")),
        r.text("count_qualifier"), r.text("detail"), r.text("stated_by"), r.text("source"));
  }

  // --- UN Headquarters holidays, GA debates ---------------------------------------------------

  private static final CsvMapping<Holiday> HOLIDAYS = CsvMapping.of(r -> new Holiday(r.date("date"), r.text("name"),
      r.parse("confidence", Confidence::parse), r.text("source"), r.text("note")));

  static List<Holiday> holidays() {
    List<Holiday> out = new ArrayList<>(HOLIDAYS.bundled("sourced/un_hq_official_holidays.csv"));
    out.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(out);
  }

  static final CsvMapping<GaVetoDebate> DEBATES = CsvMapping.of(r -> {
    String id = r.text("veto_id");
    List<DocumentSymbol> draft = DocumentSymbol.findAll(r.text("draft_symbol"));
    String format = r.text("ga_format");
    return new GaVetoDebate(
        id.startsWith("(") ? Optional.empty() : Optional.of(id),
        day(r, "veto_date"),
        draft.isEmpty() ? Optional.empty() : Optional.of(draft.get(0)),
        r.text("vetoing_members").isEmpty() ? List.of() : List.of(r.text("vetoing_members").split(";")),
        r.text("subject"),
        day(r, "ga_meeting_date"),
        r.text("ga_meeting_date"),
        r.parse("ga_format", f -> GaVetoDebate.Format.valueOf(f.split("[\\s(]", 2)[0])),
        format,
        r.text("ga_session"),
        r.text("ga_meetings"),
        r.text("pv_symbol"),
        r.text("pv_symbol_basis"),
        r.text("outcome_or_press_release"),
        r.text("source"),
        r.text("note"),
        r.checked("confidence", Confidence::parse));
  });

  static List<GaVetoDebate> debates() {
    return DEBATES.bundled("sourced/ga_debates.csv");
  }

  /** A date known to the day, empty where the column gives less ("2023-04") or none. */
  private static Optional<LocalDate> day(Cells r, String column) {
    return r.parse(column, t -> t.length() == 10 ? Optional.of(LocalDate.parse(t)) : Optional.<LocalDate>empty());
  }
}
