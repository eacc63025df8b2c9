package org.r2p.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Confidence;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
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
import org.jspecify.annotations.Nullable;
import org.r2p.json.internal.CsvRows;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.WorkingDayCalendar;

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
  private final List<SituationClassification> situations;
  private final List<InitiativePosition> positions;
  private final List<SupporterCount> counts;
  private final List<Holiday> holidays;
  private final List<SourcedAssessment> assessments;
  private final R2pRules rules;

  private R2pDatasets() {
    this.terms = loadTerms();
    this.history = CouncilHistory.of(terms);
    this.debates = loadDebates();
    this.situations = loadSituations();
    this.vetoes = loadVetoes(debates, situations);
    this.positions = loadPositions();
    this.commitments = loadCommitments(positions);
    this.counts = loadCounts();
    this.holidays = loadHolidays();
    this.assessments = loadAssessments();
    this.rules = R2pRules.builder().councilHistory(history).registry(commitments)
        .calendar(WorkingDayCalendar.unHeadquarters(holidays)).build();
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
   * Who adhered to which commitment, and when, and who is known not to have adhered as of a
   * date. ACT Code: the 34 supporters named by sources, each from the date by which a source
   * shows it (an upper bound: NOT_LATER_THAN), France from 2015-09-30 and the United Kingdom
   * from 2015-10-01; China, Russia and the United States had not joined as of the Code's
   * launch on 2015-10-23 (and the United States as of April 2023). France–Mexico declaration:
   * the 4 supporters named, and the dated refusals of China, Russia and the United States.
   * The pledges of France (28 Sept 2015) and the United Kingdom (1 Oct 2015). Both supporter
   * lists are marked {@link Completeness#PARTIAL}: a state not listed is UNKNOWN, never
   * NOT_COMMITTED. Sources and confidence are kept in each entry's source and note.
   *
   * @return the registry
   */
  public CommitmentRegistry commitments() {
    return commitments;
  }

  /**
   * The rules over these datasets, ready to use: the {@link #councilHistory()} and the
   * {@link #commitments()}, the default {@link Interpretation}, and the UN Headquarters calendar
   * of {@link #unHeadquartersHolidays()} for GA res 76/262 (each bundled veto carries whether an
   * emergency special session met instead, where {@code ga_debates.csv} says). One
   * instance, so its cache of Council days is shared by every caller; for another reading of
   * the open questions, {@code rules().withInterpretation(...)}.
   *
   * <pre>{@code
   * R2pRules rules = R2pDatasets.bundled().rules();
   * R2pRules spirit = rules.withInterpretation(Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT));
   * }</pre>
   *
   * @return the rules
   */
  public R2pRules rules() {
    return rules;
  }

  /**
   * The situation of every veto in the veto list, in the list's order, from the bundled table
   * {@code unsc_veto_situations.csv}: derived from the list's topic by a stated rule, each row
   * with its source (see {@link SituationClassification}). Each record of {@link #vetoes()}
   * carries its row's situation as {@code proposal().situation()}.
   *
   * @return one classification per veto (230)
   */
  public List<SituationClassification> situationClassifications() {
    return situations;
  }

  /**
   * The General Assembly meetings that followed every veto since 26 April 2022 (res 76/262),
   * including the emergency special sessions that took their place, and the annual thematic
   * debate, from {@code sourced/ga_debates.csv}.
   *
   * @return the meetings, in the file's order
   */
  public List<GaVetoDebate> gaVetoDebates() {
    return debates;
  }

  /**
   * The Assembly meeting that followed a veto, if the data has it.
   *
   * @param record the vetoed proposal's record
   * @return the meeting, matched by the veto's id
   */
  public Optional<GaVetoDebate> gaVetoDebate(VoteRecord record) {
    Optional<String> id = record.id();
    return debates.stream().filter(d -> d.vetoId().isPresent() && d.vetoId().equals(id)).findFirst();
  }

  /**
   * A record with the bundled facts about its draft: where the bundled veto list has a record of
   * the same draft (same symbol, same date), the bundled atrocity assessment and the bundled GA
   * debate facts (whether an emergency special session met instead) apply to it, unless the
   * record supplies its own (an overlay laid over the result replaces them again). Each fact so
   * taken is labelled as bundled, with its source: the assessment's source reads
   * {@code "bundled: <source>"}, and the record gets a flag naming what it took.
   *
   * <pre>{@code
   * VoteRecord known = R2pDatasets.bundled().withBundledFacts(userRecord);
   * }</pre>
   *
   * @param record a record, e.g. a user's record of a real draft
   * @return the record with the bundled facts it lacked; the record itself where there are none
   */
  public VoteRecord withBundledFacts(VoteRecord record) {
    Optional<DocumentSymbol> symbol = record.proposal().symbol();
    if (symbol.isEmpty()) {
      return record;
    }
    VoteRecord bundled = bySymbol().get(new Draft(symbol.get(), record.date()));
    if (bundled == null || bundled == record) {
      return record;
    }
    VoteRecord out = record;
    List<String> taken = new ArrayList<>();
    Optional<AtrocityAim> aim = bundled.proposal().atrocityAim();
    if (record.proposal().atrocityAim().isEmpty() && aim.isPresent()) {
      AtrocityAim a = aim.get();
      out = out.withProposal(out.proposal().withAtrocityAim(a.withSource("bundled: " + a.source().orElse(a.assertedBy()))));
      taken.add("the atrocity assessment, asserted by " + a.assertedBy());
    }
    if (record.gaEmergencySpecialSession().isEmpty() && bundled.gaEmergencySpecialSession().isPresent()) {
      out = out.withGaEmergencySpecialSession(bundled.gaEmergencySpecialSession());
      taken.add("whether an emergency special session met instead ("
          + gaVetoDebate(bundled).map(GaVetoDebate::source).orElse("ga_debates.csv") + ")");
    }
    if (taken.isEmpty()) {
      return record;
    }
    List<String> flags = new ArrayList<>(out.flags());
    flags.add("bundled facts for " + symbol.get() + " of " + record.date() + ": " + String.join("; ", taken));
    return out.withFlags(flags);
  }

  /** A draft: its symbol and the date of the vote. */
  private record Draft(DocumentSymbol symbol, LocalDate date) {}

  /** The bundled vetoes by draft symbol and date, built on first use. */
  private Map<Draft, VoteRecord> bySymbol() {
    Map<Draft, VoteRecord> m = bySymbol;
    if (m == null) {
      m = new HashMap<>();
      for (VoteRecord v : vetoes) {
        if (v.proposal().symbol().isPresent()) {
          m.putIfAbsent(new Draft(v.proposal().symbol().get(), v.date()), v);
        }
      }
      bySymbol = m;
    }
    return m;
  }

  private volatile @Nullable Map<Draft, VoteRecord> bySymbol;

  /**
   * The permanent members' positions on the restraint initiatives, as the sources state them
   * ({@code sourced/known_non_adherence.csv}), in the file's order.
   *
   * @return the positions
   */
  public List<InitiativePosition> initiativePositions() {
    return positions;
  }

  /**
   * Supporter counts over time, as each source states them (they disagree), for the ACT Code
   * and the France–Mexico declaration, in the files' order.
   *
   * @return the counts
   */
  public List<SupporterCount> supporterCounts() {
    return counts;
  }

  /**
   * How much of an instrument's supporter list the registry names, the count it is measured
   * against dated: "37 named of about 115 supporters as of 2018-02-16 (partial list; 115
   * (2018-02-16, Liechtenstein &amp; Switzerland (UN document)), S/2018/130 …)". The latest dated
   * count of the instrument alone is the reference.
   *
   * @param instrument the instrument
   * @return the sentence
   */
  public String supporterCoverage(Instrument instrument) {
    long named = commitments.adherences().stream().filter(a -> a.instrument() == instrument)
        .map(Adherence::state).distinct().count();
    Optional<SupporterCount> latest = supporterCounts(instrument).stream()
        .filter(c -> c.count().isPresent() && c.asOf().isPresent()).findFirst();
    String list = commitments.completeness(instrument) == Completeness.PARTIAL ? "partial list" : "complete list";
    return latest
        .map(c -> named + " named of about " + c.count().getAsInt() + " supporters as of " + c.asOfAsWritten()
            + " (" + list + "; latest count " + c.describe() + ", " + c.source() + ")")
        .orElse(named + " supporters named (" + list + "; no count)");
  }

  /**
   * The counts of an instrument's own supporters (not of "either initiative"), latest first,
   * each with its date and source as written; counts without a date come last, in the file's
   * order.
   *
   * @param instrument the instrument
   * @return the counts, latest first
   */
  public List<SupporterCount> supporterCounts(Instrument instrument) {
    List<SupporterCount> out = new ArrayList<>();
    for (SupporterCount c : counts) {
      if (c.instrument() == instrument && c.ofInstrumentAlone()) {
        out.add(c);
      }
    }
    out.sort(java.util.Comparator.comparing((SupporterCount c) -> c.asOf().orElse(LocalDate.MIN)).reversed()
        .thenComparing(c -> -c.count().orElse(0)));
    return List.copyOf(out);
  }

  /**
   * The atrocity assessments of the vetoed drafts V183–V230 (2007–2025), each row of
   * {@code sourced/atrocity_assessments.csv} as written, in the file's order: the crimes as the
   * source names them (risks included, and crimes named about drafts assessed NO), who
   * characterised them and when, and whether the draft's operative text aimed to end or
   * prevent them. Each record of {@link #vetoes()} with the same veto id carries the row as its
   * {@code proposal().atrocityAim()}.
   *
   * @return the rows (48)
   */
  public List<SourcedAssessment> sourcedAssessments() {
    return assessments;
  }

  /**
   * The assessment row of a veto, if the bundled file has one.
   *
   * @param vetoId the veto's id ({@code V222})
   * @return the row
   */
  public Optional<SourcedAssessment> sourcedAssessment(String vetoId) {
    return assessments.stream().filter(a -> a.vetoId().equals(vetoId)).findFirst();
  }

  private static List<SourcedAssessment> loadAssessments() {
    List<SourcedAssessment> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/atrocity_assessments.csv")) {
      out.add(SourcedAssessment.of(r));
    }
    return List.copyOf(out);
  }

  /**
   * The official holidays at UN Headquarters (New York) from 2022, each with its source and
   * confidence ({@code sourced/un_hq_official_holidays.csv}): MEDIUM for 2024 (two secondary
   * sources), LOW for the other years (derived by rule, no source for the year). Eid al-Fitr
   * and Eid al-Adha are missing for every year but 2024: they are not derivable and are not
   * invented.
   *
   * @return the holidays, by date
   */
  public List<Holiday> unHeadquartersHolidays() {
    return holidays;
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
    // the shared instance where the source names the state as it does: equal in every field,
    // so nothing changes but that records and Councils hold one instance per state
    return MemberStates.byCode(code)
        .filter(s -> !name.isEmpty())
        .map(s -> s.name().equals(name) ? s : MemberState.of(code, name))
        .orElseGet(() -> MemberState.of(code, name.isEmpty() ? code : name));
  }

  private static List<ElectedTerm> loadTerms() {
    List<ElectedTerm> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_elected_members_by_year.csv")) {
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

  private static List<SituationClassification> loadSituations() {
    List<SituationClassification> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_veto_situations.csv")) {
      try {
        if (!r.get("basis").equals("derived")) {
          throw new IllegalStateException("basis must be \"derived\": \"" + r.get("basis") + "\"");
        }
        String key = r.get("situation");
        out.add(new SituationClassification(r.get("veto_id"), r.get("topic"),
            key.equals(Situation.OTHER) ? Situation.other(r.get("topic")) : Situation.of(key),
            SituationClassification.Rule.valueOf(r.get("rule").toUpperCase(java.util.Locale.ROOT)), r.get("source")));
      } catch (RuntimeException e) {
        throw new IllegalStateException("bundled data " + r.where() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  private static List<VoteRecord> loadVetoes(List<GaVetoDebate> debates, List<SituationClassification> situations) {
    Map<String, SituationClassification> situationById = new HashMap<>();
    for (SituationClassification c : situations) {
      if (situationById.put(c.vetoId(), c) != null) {
        throw new IllegalStateException("bundled data unsc_veto_situations.csv: " + c.vetoId() + " is classified twice");
      }
    }
    Map<String, List<CsvRows.Row>> votesBySymbol = new LinkedHashMap<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_vetoed_draft_votes.csv")) {
      votesBySymbol.computeIfAbsent(r.get("draft_symbol"), k -> new ArrayList<>()).add(r);
    }
    Map<String, CsvRows.Row> tallies = new HashMap<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_vetoed_draft_tallies.csv")) {
      tallies.put(r.get("draft_symbol"), r);
    }
    Map<String, AtrocityAim> sourcedAims = new HashMap<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/atrocity_assessments.csv")) {
      try {
        sourcedAims.put(r.get("veto_id"), sourcedAim(r));
      } catch (RuntimeException e) {
        throw new IllegalStateException("bundled data " + r.where() + ": " + e.getMessage(), e);
      }
    }
    List<VoteRecord> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_vetoes.csv")) {
      try {
        SituationClassification situation = situationById.remove(r.get("veto_id"));
        if (situation == null || !situation.topic().equals(r.get("topic"))) {
          throw new IllegalStateException("unsc_veto_situations.csv must classify " + r.get("veto_id")
              + " with its topic \"" + r.get("topic") + "\": " + situation);
        }
        // the table is what the rules give: the same rules classify imported agendas
        SituationRules.Result byRules = SituationRules.classify(r.get("topic"), r.get("agenda_item")).orElseThrow();
        if (!byRules.situation().equals(situation.situation()) || byRules.rule() != situation.rule()) {
          throw new IllegalStateException("unsc_veto_situations.csv classifies " + r.get("veto_id") + " as "
              + situation.situation().key() + " (" + situation.rule() + "); the rules give " + byRules.situation().key()
              + " (" + byRules.rule() + ")");
        }
        VoteRecord v = vetoRecord(r, situation.situation(), votesBySymbol, tallies, sourcedAims);
        for (GaVetoDebate d : debates) {
          if (d.vetoId().equals(v.id())) {
            v = v.withGaEmergencySpecialSession(d.emergencySpecialSession());
          }
        }
        out.add(v);
      } catch (RuntimeException e) {
        throw new IllegalStateException("bundled data " + r.where() + ": " + e.getMessage(), e);
      }
    }
    if (!situationById.isEmpty()) {
      throw new IllegalStateException("unsc_veto_situations.csv classifies vetoes not in the veto list: "
          + new java.util.TreeSet<>(situationById.keySet()));
    }
    return List.copyOf(out);
  }

  private static VoteRecord vetoRecord(
      CsvRows.Row r, Situation situation, Map<String, List<CsvRows.Row>> votesBySymbol, Map<String, CsvRows.Row> tallies,
      Map<String, AtrocityAim> sourcedAims) {
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
        .agendaItem(agenda.isEmpty() ? Optional.empty() : Optional.of(agenda))
        .situation(situation);
    AtrocityAim aim = sourcedAims.get(r.get("veto_id"));
    if (aim != null) {
      p.atrocityAim(aim);
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
      b.addRecordedVetoCasts(vetoer(code.trim(), date));
    }
    List<CsvRows.Row> votes = votesBySymbol.getOrDefault(draftText, List.of());
    String votesSource = null;
    for (CsvRows.Row v : votes) {
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
    CsvRows.Row t = tallies.get(draftText);
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

  /**
   * A row of {@code sourced/atrocity_assessments.csv} as an assertion: the assessment is the
   * row's {@code aims_to_end_or_prevent} (YES, CONTESTED, NO, UNKNOWN; a YES there is always
   * made about a situation characterised as atrocity crimes by a named source), the crimes are
   * those the characterisation names as committed (none where the draft is assessed as not
   * aimed at them; {@link #sourcedAssessments()} keeps them as written), the asserter is the characterising source, the timing the characterisation's. A part of
   * {@code crimes_named} that speaks of a risk ("risk of genocide", "genocide risk", rights
   * "plausible" under the Genocide Convention) names no crime committed: it is kept in the note
   * as a risk, never counted as a crime.
   */
  static AtrocityAim sourcedAim(CsvRows.Row r) {
    Assessment aims = Assessment.valueOf(r.get("aims_to_end_or_prevent"));
    String named = r.get("crimes_named");
    AtrocityAim.Builder a = AtrocityAim.builder()
        .assessment(aims)
        .purpose(Purpose.PRIMARY)
        .assertedBy(r.get("crimes_characterised").equals("YES")
            ? r.get("characterised_by")
            : "atrocity_assessments.csv (no characterisation of the crimes: " + r.get("characterised_by") + ")")
        .source(r.get("source"));
    List<String> risks = new ArrayList<>();
    if (r.get("crimes_characterised").equals("YES")) {
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
    timing(r.get("characterisation_timing")).ifPresent(a::timing);
    List<String> note = new ArrayList<>();
    note.add("crimes characterised: " + r.get("crimes_characterised") + (named.isEmpty() ? "" : " (" + named + ")"));
    if (!risks.isEmpty()) {
      note.add("a risk, not a finding of crimes committed: " + String.join("; ", risks));
    }
    if (!r.get("characterisation_timing").isEmpty()) {
      note.add("timing: " + r.get("characterisation_timing"));
    }
    note.add("draft: " + r.get("draft_purpose"));
    note.add("summary: " + r.get("compiler_summary"));
    if (!r.get("note").isEmpty()) {
      note.add(r.get("note"));
    }
    note.add("confidence: " + r.get("confidence"));
    return a.note(String.join("; ", note)).build();
  }

  /** Whether a part of {@code crimes_named} speaks of a risk of crimes rather than crimes committed. */
  static boolean isRisk(String part) {
    String lower = part.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("risk") || lower.contains("plausib");
  }

  /** The crimes a characterisation names in words, ethnic cleansing included. */
  static Set<AtrocityCrime> crimesNamed(String named) {
    String lower = named.toLowerCase(java.util.Locale.ROOT);
    Set<AtrocityCrime> out = java.util.EnumSet.noneOf(AtrocityCrime.class);
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

  /** The timing column: "BEFORE_VOTE (…)", "AFTER_VOTE …", "BOTH", or one of each → BOTH. */
  static Optional<CharacterisationTiming> timing(String text) {
    boolean before = text.contains("BEFORE_VOTE");
    boolean after = text.contains("AFTER_VOTE");
    if (text.startsWith("BOTH") || (before && after)) {
      return Optional.of(CharacterisationTiming.BOTH);
    }
    if (before) {
      return Optional.of(CharacterisationTiming.BEFORE_VOTE);
    }
    return after ? Optional.of(CharacterisationTiming.AFTER_VOTE) : Optional.empty();
  }

  private static List<InitiativePosition> loadPositions() {
    List<InitiativePosition> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/known_non_adherence.csv")) {
      Optional<MemberState> state = r.get("iso3").isEmpty() ? Optional.empty()
          : Optional.of(state(r.get("iso3"), r.get("state_name"), LocalDate.of(2015, 1, 1)));
      out.add(new InitiativePosition(state, r.get("state_name"),
          r.get("initiative"), r.get("status"), r.get("statement"), r.get("statement_date"), r.get("source"),
          r.get("confidence")));
    }
    return List.copyOf(out);
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

  /** A named supporter of a partial list: joined not later than the row's date, with its source. */
  private static Adherence supporter(CsvRows.Row r, Instrument instrument, String note) {
    return Adherence.builder()
        .state(state(r.get("iso3"), r.get("state_name"), LocalDate.of(2015, 1, 1)))
        .instrument(instrument)
        .from(LocalDate.parse(r.get("joined_not_later_than")))
        .precision(DatePrecision.NOT_LATER_THAN)
        .source(r.get("source"))
        .note(note)
        .build();
  }

  private static CommitmentRegistry loadCommitments(List<InitiativePosition> positions) {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder()
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .completeness(Instrument.FRANCE_MEXICO_DECLARATION, Completeness.PARTIAL);
    for (CsvRows.Row r : CsvRows.resource("sourced/act_code_supporters.csv")) {
      b.add(supporter(r, Instrument.ACT_CODE_OF_CONDUCT, joined(r.get("date_basis"),
          r.get("act_group_member_2015").equals("yes") ? "ACT Group member" : "",
          "evidence: " + r.get("evidence"), "confidence: " + r.get("confidence"))));
    }
    for (CsvRows.Row r : CsvRows.resource("sourced/france_mexico_supporters.csv")) {
      b.add(supporter(r, Instrument.FRANCE_MEXICO_DECLARATION, joined(r.get("status"), r.get("date_basis"),
          "evidence: " + r.get("evidence"), "confidence: " + r.get("confidence"))));
    }
    for (InitiativePosition p : positions) {
      if (p.state().isEmpty()) {
        continue; // a statement naming no state (the UK's answer of 2025) decides no state's status
      }
      MemberState state = p.state().get();
      boolean refused = p.status().startsWith("NOT_") || p.status().equals("OPPOSED");
      if (refused && (p.initiative().equals("ACT_CODE") || p.initiative().equals("FRANCE_MEXICO_DECLARATION"))) {
        // a dated refusal: the state had not joined as of the statement (and so on no earlier day)
        b.addNonAdherence(new NonAdherence(state,
            p.initiative().equals("ACT_CODE") ? Instrument.ACT_CODE_OF_CONDUCT : Instrument.FRANCE_MEXICO_DECLARATION,
            LocalDate.parse(p.statementDate()),
            p.source() + " [" + p.status() + ": " + p.statement() + "; confidence: " + p.confidence() + "]"));
      } else if (p.initiative().equals("UK_OWN_PLEDGE") || p.initiative().equals("FRANCE_OWN_PLEDGE")) {
        b.add(pledge(p, state));
      }
    }
    return b.build();
  }

  /**
   * A unilateral pledge as an adherence from the statement's date. A date known to the month
   * only ("2015-09") is the month's last day with precision MONTH: committed from then, unknown
   * earlier that month, not committed before it.
   */
  private static Adherence pledge(InitiativePosition p, MemberState state) {
    String date = p.statementDate();
    boolean month = date.length() == 7;
    LocalDate from = month ? java.time.YearMonth.parse(date).atEndOfMonth() : LocalDate.parse(date);
    return Adherence.builder()
        .state(state)
        .instrument(p.initiative().equals("UK_OWN_PLEDGE") ? Instrument.UK_PLEDGE : Instrument.FRENCH_PLEDGE)
        .from(from)
        .precision(month ? DatePrecision.MONTH : DatePrecision.DAY)
        .source(p.source())
        .note(joined(p.statement(), month ? "dated to the month in the source (" + date + ")" : "",
            "confidence: " + p.confidence()))
        .build();
  }

  private static Optional<LocalDate> day(String text) {
    return text.length() == 10 ? Optional.of(LocalDate.parse(text)) : Optional.empty();
  }

  private static List<SupporterCount> loadCounts() {
    List<SupporterCount> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/act_code_supporter_counts.csv")) {
      out.add(count(r, Instrument.ACT_CODE_OF_CONDUCT, r.get("scope")));
    }
    for (CsvRows.Row r : CsvRows.resource("sourced/france_mexico_supporter_counts.csv")) {
      out.add(count(r, Instrument.FRANCE_MEXICO_DECLARATION, Instrument.FRANCE_MEXICO_DECLARATION.name()));
    }
    return List.copyOf(out);
  }

  private static SupporterCount count(CsvRows.Row r, Instrument instrument, String scope) {
    String date = r.get("as_of_date");
    return new SupporterCount(instrument, scope,
        date.length() == 10 ? Optional.of(LocalDate.parse(date))
            : date.length() == 7 ? Optional.of(LocalDate.parse(date + "-01"))
            : date.length() == 4 ? Optional.of(LocalDate.of(Integer.parseInt(date), 1, 1)) : Optional.empty(),
        date, r.get("date_precision"),
        r.get("count").isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(r.get("count"))),
        r.get("count_qualifier"), r.get("detail"), r.get("stated_by"), r.get("source"));
  }

  private static List<Holiday> loadHolidays() {
    List<Holiday> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/un_hq_official_holidays.csv")) {
      out.add(new Holiday(LocalDate.parse(r.get("date")), r.get("name"), Confidence.parse(r.get("confidence")),
          r.get("source"), r.get("note")));
    }
    out.sort(java.util.Comparator.comparing(Holiday::date));
    return List.copyOf(out);
  }

  private static List<GaVetoDebate> loadDebates() {
    List<GaVetoDebate> out = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/ga_debates.csv")) {
      String id = r.get("veto_id");
      boolean thematic = id.startsWith("(");
      List<DocumentSymbol> draft = DocumentSymbol.findAll(r.get("draft_symbol"));
      String format = r.get("ga_format");
      out.add(new GaVetoDebate(
          thematic ? Optional.empty() : Optional.of(id),
          day(r.get("veto_date")),
          draft.isEmpty() ? Optional.empty() : Optional.of(draft.get(0)),
          r.get("vetoing_members").isEmpty() ? List.of() : Arrays.asList(r.get("vetoing_members").split(";")),
          r.get("subject"),
          day(r.get("ga_meeting_date")),
          r.get("ga_meeting_date"),
          GaVetoDebate.Format.valueOf(format.split("[\\s(]", 2)[0]),
          format,
          r.get("ga_session"),
          r.get("ga_meetings"),
          r.get("pv_symbol"),
          r.get("pv_symbol_basis"),
          r.get("outcome_or_press_release"),
          r.get("source"),
          r.get("note"),
          r.get("confidence")));
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
