package org.r2p.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.r2p.core.Adherence;
import org.r2p.core.AtrocityAim;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Holiday;
import org.r2p.core.Instrument;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import org.jspecify.annotations.Nullable;
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
  private final List<VoteRecord> vetoes;
  private final List<ElectedTerm> terms;
  private final List<GaVetoDebate> debates;
  private final List<SituationClassification> situations;
  private final List<InitiativePosition> positions;
  private final List<SupporterCount> counts;
  private final List<Holiday> holidays;
  private final List<SourcedAssessment> assessments;
  private final R2pRules rules;

  private R2pDatasets() {
    this.terms = BundledData.terms();
    this.debates = BundledData.debates();
    this.situations = BundledData.situations();
    this.assessments = BundledData.assessments();
    this.vetoes = BundledData.vetoes(debates, situations, assessments);
    this.positions = BundledData.positions();
    this.counts = BundledData.counts();
    this.holidays = BundledData.holidays();
    // the rules hold the Council history and the registry that councilHistory() and commitments() give
    this.rules = R2pRules.builder().councilHistory(CouncilHistory.of(terms))
        .registry(BundledData.commitments(positions)).calendar(WorkingDayCalendar.unHeadquarters(holidays)).build();
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
    return rules.councilHistory();
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
    return rules.registry();
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
    long named = commitments().adherences().stream().filter(a -> a.instrument() == instrument)
        .map(Adherence::state).distinct().count();
    Optional<SupporterCount> latest = supporterCounts(instrument).stream()
        .filter(c -> c.count().isPresent() && c.asOf().isPresent()).findFirst();
    String list = commitments().completeness(instrument) == Completeness.PARTIAL ? "partial list" : "complete list";
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
